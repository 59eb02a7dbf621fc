import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { FileStamp } from '../../shared/host/hostApi';

export type { FileStamp } from '../../shared/host/hostApi';

/** The stamp of bytes as they are (or were just written) on disk, with the file's modification time. */
export function stampOfBytes(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { size: bytes.length, mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The stamp of the file at `path` now. Throws the file system's error (ENOENT and so on). */
export async function stampOf(path: string): Promise<FileStamp> {
  const bytes = await readFile(path);
  const { mtimeMs } = await stat(path);
  return stampOfBytes(bytes, mtimeMs);
}

/**
 * Whether `bytes` are still the file the stamp describes. Size and content decide; the
 * modification time does not, so a file merely touched (a sync tool, a backup program) is not
 * reported as changed, and a change that kept the time is still caught.
 */
export function matchesStamp(bytes: Uint8Array, stamp: FileStamp): boolean {
  return bytes.length === stamp.size && stampOfBytes(bytes, 0).sha256 === stamp.sha256;
}
