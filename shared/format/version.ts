/** The `format` field every `.journey` file carries. */
export const JOURNEY_FORMAT = 'outside-in.journey';

/** The file-format version this build writes, and the newest it reads (migrations.ts brings older ones up). */
export const CURRENT_VERSION = 2;
