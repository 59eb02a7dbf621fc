import { lstat, readdir, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * How old a temp file of `atomicWrite` must be to count as left behind. A save writes its temp
 * file and renames it within seconds, in this window or any other, so a file untouched for ten
 * minutes belongs to a save that was killed (or lost its power) between the two.
 */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/** atomicWrite's temp files: `.<name>.<pid>.<hex>.tmp`, beside the file they were for. */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;

/**
 * Removes the temp files of `atomicWrite` in `folder` that are older than `STALE_TEMP_AGE_MS`,
 * whichever file they were for, and nothing else (only regular files of that exact name pattern).
 * Never throws: leftovers are clutter, not a reason to fail. Returns the removed paths.
 */
export async function sweepStaleTempFiles(folder: string, now: number = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(folder, name);
    try {
      const info = await lstat(path);
      if (!info.isFile() || now - info.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await unlink(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

/** At start: sweeps the folders of the given files (the recent files), each folder once. */
export async function sweepStaleTempFilesBeside(paths: readonly string[], now: number = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(paths.map((path) => dirname(path)))) removed.push(...(await sweepStaleTempFiles(folder, now)));
  return removed;
}

// When each folder was last swept on a write: a folder written every few seconds (the recovery
// copies) is swept once per STALE_TEMP_AGE_MS, not on every write.
const swept = new Map<string, number>();
const MAX_REMEMBERED = 1000;

/** Sweeps `folder` after one of our files was written there, unless it was swept lately. */
export async function sweepAfterWrite(folder: string, now: number = Date.now()): Promise<void> {
  const last = swept.get(folder);
  if (last !== undefined && now - last < STALE_TEMP_AGE_MS) return;
  if (swept.size >= MAX_REMEMBERED) swept.clear();
  swept.set(folder, now);
  await sweepStaleTempFiles(folder, now);
}
