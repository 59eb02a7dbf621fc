/** The `format` field every `.journey` file carries. */
export const JOURNEY_FORMAT = 'outside-in.journey';

/** The file-format version this build writes, and the newest it reads. */
export const CURRENT_VERSION = 1;
