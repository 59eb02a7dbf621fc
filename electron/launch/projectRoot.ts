import { fileURLToPath } from 'node:url';

/** The folder holding package.json, whichever folder the launcher was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
