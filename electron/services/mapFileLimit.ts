/** Larger than any real map by orders of magnitude; refusing it keeps a mistaken path from eating memory. */
export const MAX_MAP_FILE_BYTES = 256 * 1024 * 1024;
