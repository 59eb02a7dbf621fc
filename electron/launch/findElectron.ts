import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './projectRoot';

/** Where to look for Electron; the defaults are this process's environment and project. */
export interface FindElectronOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly projectRoot?: string;
  readonly platform?: NodeJS.Platform;
}

// The executable's place inside Electron's dist folder when path.txt does not say, as the
// electron package's own installer names it.
const EXECUTABLE_IN_DIST: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Finds the Electron binary without loading the `electron` package, whose entry point starts a
 * download when the binary is missing. Follows the package's own rules: ELECTRON_OVERRIDE_DIST_PATH
 * first, else the path recorded in node_modules/electron/path.txt under its dist folder.
 * Returns null unless the binary is actually there.
 */
export function findElectron(options: FindElectronOptions = {}): string | null {
  const { env = process.env, projectRoot = PROJECT_ROOT, platform = process.platform } = options;
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const recorded = readRecordedPath(join(packageDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existingFile(join(override, recorded ?? EXECUTABLE_IN_DIST[platform] ?? 'electron'));
  return recorded === null ? null : existingFile(join(packageDir, 'dist', recorded));
}

function readRecordedPath(file: string): string | null {
  try {
    const recorded = readFileSync(file, 'utf8').trim();
    return recorded === '' ? null : recorded;
  } catch {
    return null;
  }
}

function existingFile(path: string): string | null {
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}
