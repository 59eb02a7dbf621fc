import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { shortened } from '../../shared/words/shortened';
import { sweepAfterWrite } from './staleTempFiles';

/**
 * The one careful write routine of the app: documents, their backups and recovery copies all go
 * through `atomicWrite`, so a crash, a kill or a power cut at any moment leaves at the target
 * either the complete old bytes or the complete new bytes, never a mix or a truncated file.
 *
 * The steps, and why each one is there:
 * 1. Write the bytes to a temp file in the SAME folder as the target: `rename` is atomic only
 *    within one file system, and the target's folder is the one place sure to be on it.
 * 2. `fsync` the temp file before renaming: otherwise the name can reach the disk before the data
 *    does, and a power cut leaves the target name pointing at an empty or partial file.
 * 3. `rename` over the target: readers see the old file or the new one, nothing in between.
 * 4. `fsync` the folder: the rename is a change to the folder; without this a power cut can
 *    forget it and bring the old file back (or, for a new file, no file at all). Windows cannot
 *    open a folder for fsync; there the rename is already durable enough and the step is skipped.
 *
 * On any failure before the rename, the temp file is removed and the target is untouched; the
 * error says in plain words what happened (`AtomicWriteError`, with the system code kept).
 *
 * A file the person made read-only is refused before step 1: the rename would replace it all the
 * same (it needs only the folder's permission), and read-only means "do not change this".
 */

/** The file operations `atomicWrite` needs, so tests can make any one of them fail. */
export interface AtomicWriteFs {
  open(path: string, flags: string | number, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  stat(path: string): Promise<{ readonly mode: number }>;
  access(path: string, mode?: number): Promise<void>;
  realpath(path: string): Promise<string>;
  unlink(path: string): Promise<void>;
}

/** The part of an open file (`fs.promises.FileHandle`) that `atomicWrite` uses. */
export interface WritableFile {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ readonly bytesWritten: number }>;
  chmod(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The real file system. */
export const realFs: AtomicWriteFs = nodeFs;

export interface AtomicWriteOptions {
  /**
   * Permission bits the file ends with, exactly (not reduced by the umask). Without it, a file
   * that is replaced keeps its mode, and a new file gets 0o644 reduced by the umask.
   */
  readonly mode?: number;
  /** The file system to write through; the real one unless a test injects failures. */
  readonly fs?: AtomicWriteFs;
  /** Replace the file even when it is read-only: only for the app's own files (a backup it keeps). */
  readonly replaceReadOnly?: boolean;
}

/** Why a careful write failed, in plain words, with the system's code (`ENOSPC`, `EACCES`…) kept. */
export class AtomicWriteError extends Error {
  override readonly name = 'AtomicWriteError';
  constructor(
    message: string,
    /** The system's error code, or `EUNKNOWN`. */
    readonly code: string,
    /** The file that was to be written. */
    readonly path: string,
    /** True only when the new bytes were already renamed into place (the folder flush failed). */
    readonly replaced: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const NEW_FILE_MODE = 0o644;
// Leaves room for the prefix and suffix of the temp name within the usual 255-byte name limit.
const MAX_NAME_IN_TEMP = 180;
const TEMP_SUFFIX = '.tmp';
// Where folder fsync is not supported (Windows: EISDIR or EPERM on open/fsync; some file systems:
// EINVAL or ENOTSUP), the step is skipped: the rename has been done and nothing better exists.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EBADF']);

/**
 * Writes `data` to `path` so that the file holds either its old content or all of `data`, whatever
 * happens meanwhile (see the steps above). A symbolic link at `path` is followed: the file it
 * points at is replaced and the link stays. Throws `AtomicWriteError`; on a throw with
 * `replaced: false` the target is exactly as it was and no temp file is left behind.
 */
export async function atomicWrite(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? realFs;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = await resolveTarget(fs, path);
  const folder = dirname(target);
  const temp = join(folder, tempNameFor(basename(target)));

  let existingMode: number | undefined;
  try {
    existingMode = (await fs.stat(target)).mode & 0o7777;
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw failure(error, path, 'write', false);
  }
  if (existingMode !== undefined && !options.replaceReadOnly) await refuseReadOnly(fs, target, path);

  let file: WritableFile | undefined;
  try {
    // O_EXCL: the unique name is never an existing file, and never a link planted to redirect us.
    file = await fs.open(temp, 'wx', options.mode ?? existingMode ?? NEW_FILE_MODE);
    const mode = options.mode ?? existingMode;
    if (mode !== undefined) await file.chmod(mode);
    await writeAll(file, bytes);
    await file.sync();
    const closing = file;
    file = undefined;
    await closing.close();
    await fs.rename(temp, target);
  } catch (error) {
    if (file) await file.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw failure(error, path, 'write', false, folder);
  }

  try {
    await syncFolder(fs, folder);
  } catch (error) {
    throw failure(error, path, 'flush', true, folder);
  }
  // Temp files that killed saves left in this folder, of any file, go now that it is written again.
  await sweepAfterWrite(folder);
}

/**
 * Throws the plain refusal when the system says `target`, an existing file, may not be written by
 * this user: a read-only file. Any other answer (a read-only file system, a file gone meanwhile)
 * is left to the write itself, which says what it meets.
 */
export async function refuseReadOnly(fs: Pick<AtomicWriteFs, 'access'>, target: string, path: string = target): Promise<void> {
  try {
    await fs.access(target, constants.W_OK);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'EACCES' && code !== 'EPERM') return;
    throw new AtomicWriteError(`Could not save "${shortened(basename(path))}": ${READ_ONLY_FILE} The file on disk was not changed.`, code, path, false, { cause: error });
  }
}

/** Why a read-only file is not replaced, in the words of `describeFsCode`. */
const READ_ONLY_FILE = 'The file is read-only: you are not allowed to change it.';

/**
 * Removes temp files an earlier, killed run of `atomicWrite` left beside `path` (a kill between
 * creating and renaming the temp file leaves one behind). Only files of processes no longer
 * running are removed, so a save in progress in another window or instance is left alone.
 * Never throws: leftovers are clutter, not a reason to fail a save. Returns the removed paths.
 */
export async function removeLeftoverTempFiles(path: string, fs: Pick<AtomicWriteFs, 'realpath' | 'unlink'> = realFs): Promise<string[]> {
  const target = await resolveTarget(fs, path);
  const folder = dirname(target);
  const name = basename(target).slice(0, MAX_NAME_IN_TEMP);
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(\\d+)\\.[0-9a-f]+${escapeRegExp(TEMP_SUFFIX)}$`);
  let entries: string[];
  try {
    entries = await nodeFs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      await fs.unlink(join(folder, entry));
      removed.push(join(folder, entry));
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

/** The plain-words reason for a file-system error code, as a person would say it. */
export function describeFsCode(code: string, what: 'file' | 'folder' = 'file'): string {
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full.';
    case 'EDQUOT':
      return 'Your disk quota is used up.';
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: you are not allowed to write to this ${what}.`;
    case 'EROFS':
      return 'The folder is read-only.';
    case 'ENOENT':
      return what === 'folder' ? 'The folder no longer exists.' : 'There is no such file.';
    case 'ENOTDIR':
      return 'A part of the path is not a folder.';
    case 'EISDIR':
      return 'There is a folder of that name.';
    case 'EBUSY':
      return 'The file is in use by another program.';
    case 'EIO':
      return 'The disk reported a read or write error.';
    case 'ENAMETOOLONG':
      return 'The name or path is too long.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open.';
    case 'EFBIG':
      return 'The file is too large for this disk.';
    case 'ELOOP':
      return 'The path loops through symbolic links.';
    case 'ETXTBSY':
      return 'The file is in use by a running program.';
    case 'EEXIST':
      return 'A file of that name is already there.';
    case 'ESTALE':
      return 'The file on the network drive can no longer be reached.';
    case 'ETIMEDOUT':
      return 'The disk or network drive did not answer in time.';
    case 'EAGAIN':
      return 'The file is busy. Try again in a moment.';
    default:
      return `The system reported ${code}.`;
  }
}

async function resolveTarget(fs: Pick<AtomicWriteFs, 'realpath'>, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    // A new file (or a dangling link, which is then replaced by the file): write at the path given.
    return path;
  }
}

function tempNameFor(name: string): string {
  return `.${name.slice(0, MAX_NAME_IN_TEMP)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
}

async function writeAll(file: WritableFile, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, offset);
    // A write that makes no progress would loop forever; the system would have said why.
    if (bytesWritten <= 0) throw Object.assign(new Error('The write made no progress.'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  let handle: WritableFile;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(codeOf(error))) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(codeOf(error))) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function failure(error: unknown, path: string, step: 'write' | 'flush', replaced: boolean, folder?: string): AtomicWriteError {
  const code = codeOf(error) || 'EUNKNOWN';
  // ENOENT while writing a new temp file means the folder is gone (the temp name is new by design).
  const what = code === 'ENOENT' && folder !== undefined ? 'folder' : 'file';
  const reason = code === 'EUNKNOWN' ? `${error instanceof Error ? error.message : String(error)}` : describeFsCode(code, what);
  const message =
    step === 'write'
      ? `Could not save "${basename(path)}": ${reason} The file on disk was not changed.`
      : `"${basename(path)}" was written, but the folder could not be flushed to disk: ${reason}`;
  return new AtomicWriteError(message, code, path, replaced, { cause: error });
}

/** The `code` of a Node system error, or '' for anything else. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return codeOf(error) === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
