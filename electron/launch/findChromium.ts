import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where to look for Chromium; the default is this process's environment. */
export interface FindChromiumOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
}

/** The names Chromium goes by on PATH, in order of preference (Debian's package first). */
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Finds a Chromium to run the browser edition and the end-to-end tests in: CHROMIUM_PATH when set
 * (and then only that, so a wrong setting is noticed rather than quietly replaced), else the first
 * of the usual names on PATH. Returns null when there is none.
 */
export function findChromium(options: FindChromiumOptions = {}): string | null {
  const { env = process.env, platform = process.platform } = options;
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return isExecutableFile(chosen) ? chosen : null;
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    if (directory === '') continue;
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(directory, name + suffix);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
