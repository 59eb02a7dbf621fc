import { stat } from 'node:fs/promises';
import { RECENT_FILES_LIMIT } from './settingsSchema';

// The recent-files list as pure operations on an array of paths, most recent first. Paths are
// compared exactly: the main process adds the resolved path of a file it opened or saved.

/** The list with `path` moved (or added) to the front, without duplicates, cut to the limit. */
export function addRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, RECENT_FILES_LIMIT);
}

/** The list without `path`. */
export function removeRecent(list: readonly string[], path: string): string[] {
  return list.filter((entry) => entry !== path);
}

/**
 * The list without the files `exists` says are gone, in the same order. A file whose check fails
 * stays: a drive that is briefly unreachable must not cost the user the entry.
 */
export async function pruneMissing(list: readonly string[], exists: (path: string) => Promise<boolean>): Promise<string[]> {
  const present = await Promise.all(list.map((path) => exists(path).catch(() => true)));
  return list.filter((_, index) => present[index]);
}

/**
 * Whether a recent file can still be opened: false when nothing, or a folder, is at the path;
 * true when the answer is unknown (permission denied, I/O error), so the entry is kept.
 */
export async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return !(code === 'ENOENT' || code === 'ENOTDIR');
  }
}
