import { MAP_LIMITS } from '../../shared/model/limits';

/** The most a map file may weigh on disk (shared/model/limits.ts): a larger one is not read. */
export const MAX_MAP_FILE_BYTES = MAP_LIMITS.fileBytes;
