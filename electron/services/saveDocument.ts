import * as nodeFs from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { HostResult } from '../../shared/host/hostResult';
import { fail, succeed } from '../../shared/host/hostResult';
import { MAX_MAP_FILE_BYTES } from './mapFileLimit';
import { atomicWrite, AtomicWriteError, codeOf, describeFsCode, realFs, refuseReadOnly, removeLeftoverTempFiles, type AtomicWriteFs, type AtomicWriteOptions } from './atomicWrite';
import { matchesStamp, stampOfBytes, type FileStamp } from './fileStamp';

export { matchesStamp, stampOf, stampOfBytes, type FileStamp } from './fileStamp';

/**
 * Saving a `.journey` document without ever losing one (drawio-desktop's habits, STYLE.md):
 * 1. Refuse when the file changed on disk since it was opened or last saved (`expected`), so a
 *    change made by another program or window is not silently thrown away; the UI offers
 *    Overwrite (save again without `expected`), Save As, or Reload.
 * 2. Keep the previous version as `name.journey.bak`, written with `atomicWrite` BEFORE the
 *    target is touched: whatever goes wrong later, the last good version is on disk.
 * 3. Write the new text with `atomicWrite` (temp file, fsync, rename, folder fsync).
 * 4. Read the file back and compare byte for byte: a disk, driver or sync tool that mangles data
 *    is caught now, while the document is still open and dirty, not weeks later. On a mismatch
 *    the previous version is put back from memory (the .bak holds it too) and the save fails.
 * Every outcome is a `HostResult`; nothing is thrown (STYLE.md: handlers return results). On any
 * failure the caller keeps the document dirty and shows `error.message`, written for a person.
 *
 * Error codes: `conflict` (see `SaveRequest.expected`), `read-back-mismatch`, or the system's
 * code of the failed file operation (`ENOSPC`, `EACCES`, `EPERM`, `EROFS`, `ENOENT`, …).
 *
 * The rule "a file that failed to load is never written over" belongs to the caller: it holds a
 * stamp only for a document that `loadDocumentBytes` read and the format parsed, and it never
 * saves without `expected` except after the user chose Overwrite or confirmed replacing a file
 * in the Save As dialog.
 */

/** What to save where, and what the caller believes is on disk now. */
export interface SaveRequest {
  readonly path: string;
  readonly text: string;
  /**
   * - a stamp: the file as it was opened or last saved. If the file on disk differs from it (size
   *   or content), the save is refused with `conflict`. A file that has vanished is written anew:
   *   nothing on disk is at risk, and the user asked to save there.
   * - `null`: a new file; refused with `conflict` if a file appeared at the path meanwhile.
   * - omitted: overwrite whatever is there (the user chose Overwrite, or confirmed replacing the
   *   file in the Save As dialog). Its previous content still goes to the .bak.
   * In every case, a file that already holds exactly `text` is no conflict: the save that put it
   * there (another window, a double click) did what this one would do.
   */
  readonly expected?: FileStamp | null;
}

/** A successful save: how the file now looks, to pass as `expected` on the next save. */
export interface SavedFile {
  readonly stamp: FileStamp;
}

/** A document's file as read from disk, before parsing. */
export interface LoadedBytes {
  readonly bytes: Uint8Array;
  readonly stamp: FileStamp;
}

/** The file operations of a save, so tests can inject failures; the real file system by default. */
export interface SaveFs extends AtomicWriteFs {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ readonly mode: number; readonly mtimeMs: number; readonly size: number }>;
}

export const realSaveFs: SaveFs = { ...realFs, readFile: nodeFs.readFile, stat: nodeFs.stat };

/** Where the previous version of `path` is kept. */
export const backupPathOf = (path: string): string => `${path}.bak`;

// Saves of one path run one after the other, so two saves (a double click, two windows of one
// file) never interleave their backup, write and read-back.
const queues = new Map<string, Promise<unknown>>();

/** Saves `request.text` to `request.path` (see the module comment). Never throws. */
export function saveDocument(request: SaveRequest, fs: SaveFs = realSaveFs): Promise<HostResult<SavedFile>> {
  const key = resolve(request.path);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(() => saveNow(request, fs));
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

async function saveNow({ path, text, expected }: SaveRequest, fs: SaveFs): Promise<HostResult<SavedFile>> {
  const name = basename(path);
  const bytes = Buffer.from(text, 'utf8');
  try {
    await removeLeftoverTempFiles(path, fs);
    await removeLeftoverTempFiles(backupPathOf(path), fs);

    const current = await readIfPresent(fs, path);
    const alreadySaved = current !== null && Buffer.from(current.bytes).equals(bytes);
    if (!alreadySaved && expected !== undefined) {
      if (expected === null && current !== null) {
        return fail('conflict', `There is already a file named "${name}" in that folder, which this document did not come from. Overwrite it, or save under another name.`);
      }
      if (expected && current !== null && !matchesStamp(current.bytes, expected)) {
        return fail(
          'conflict',
          `The file changed on disk since it was opened or last saved ("${name}", perhaps by another program). Overwrite it with this version, save this version under another name, or reload the file from disk.`,
        );
      }
    }

    // A read-only file is refused before its backup is written, so nothing at all changes.
    if (current !== null && !alreadySaved) {
      try {
        await refuseReadOnly(fs, path);
      } catch (error) {
        if (error instanceof AtomicWriteError) return fail(error.code, error.message);
        throw error;
      }
    }

    // An unchanged file is not backed up again: the .bak keeps the version before it.
    if (current !== null && !alreadySaved) {
      const backup = await writeVerified(fs, backupPathOf(path), current.bytes, { mode: current.mode, replaceReadOnly: true });
      if (!backup.ok) return fail(backup.code, `Could not keep the previous version as "${basename(backupPathOf(path))}", so "${name}" was not changed. ${backup.reason}`);
    }

    const written = await writeVerified(fs, path, bytes);
    if (!written.ok) {
      if (written.code !== 'read-back-mismatch') return fail(written.code, written.message);
      const restored = current !== null && (await writeVerified(fs, path, current.bytes)).ok;
      const where = restored
        ? 'The previous version was put back'
        : current !== null
          ? `The previous version is in "${basename(backupPathOf(path))}"`
          : 'The file on disk may be damaged';
      return fail('read-back-mismatch', `"${name}" read back differently from what was written: the disk or a program damaged it. ${where}; this document still has its unsaved changes. Try saving again, or Save As to another disk.`);
    }
    return succeed({ stamp: stampOfBytes(written.bytes, written.mtimeMs) });
  } catch (error) {
    const code = codeOf(error) || 'EUNKNOWN';
    return fail(code, `Could not save "${name}": ${code === 'EUNKNOWN' ? String(error) : describeFsCode(code)}`);
  }
}

type WriteOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly mtimeMs: number }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly reason: string };

/** `atomicWrite`, then read back and compare. Never throws. */
async function writeVerified(fs: SaveFs, path: string, bytes: Uint8Array, options: Omit<AtomicWriteOptions, 'fs'> = {}): Promise<WriteOutcome> {
  try {
    await atomicWrite(path, bytes, { ...options, fs });
  } catch (error) {
    const code = codeOf(error) || 'EUNKNOWN';
    const message = error instanceof AtomicWriteError ? error.message : `Could not save "${basename(path)}": ${String(error)}`;
    const reason = error instanceof AtomicWriteError ? describeFsCode(code, code === 'ENOENT' ? 'folder' : 'file') : String(error);
    return { ok: false, code, message, reason };
  }
  try {
    const back = await fs.readFile(path);
    if (!Buffer.from(back).equals(bytes)) {
      return { ok: false, code: 'read-back-mismatch', message: 'The file read back differently.', reason: 'It read back differently from what was written.' };
    }
    return { ok: true, bytes: back, mtimeMs: (await fs.stat(path)).mtimeMs };
  } catch (error) {
    const code = codeOf(error) || 'EUNKNOWN';
    const reason = describeFsCode(code);
    return { ok: false, code, message: `"${basename(path)}" was written but could not be read back to check it: ${reason}`, reason };
  }
}

async function readIfPresent(fs: SaveFs, path: string): Promise<{ bytes: Uint8Array; mode: number } | null> {
  try {
    const { mode } = await fs.stat(path);
    return { bytes: await fs.readFile(path), mode: mode & 0o7777 };
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads a document's file for opening: its bytes (to parse) and its stamp (to save back with as
 * `expected`). Never throws; the message says in plain words why a file could not be read.
 */
export async function loadDocumentBytes(path: string, fs: Pick<SaveFs, 'readFile' | 'stat'> = realSaveFs): Promise<HostResult<LoadedBytes>> {
  const name = basename(path);
  try {
    const info = await fs.stat(path);
    if (info.size > MAX_MAP_FILE_BYTES) {
      return fail('EFBIG', `Could not open "${name}": it is ${Math.round(info.size / 1024 / 1024)} MB, far larger than any map.`);
    }
    const bytes = await fs.readFile(path);
    return succeed({ bytes, stamp: stampOfBytes(bytes, info.mtimeMs) });
  } catch (error) {
    const code = codeOf(error) || 'EUNKNOWN';
    const reason = code === 'EACCES' || code === 'EPERM' ? 'Permission denied: you are not allowed to read this file.' : code === 'EUNKNOWN' ? String(error) : describeFsCode(code);
    return fail(code, `Could not open "${name}": ${reason}`);
  }
}
