import { chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, AtomicWriteError, describeFsCode, realFs, removeLeftoverTempFiles, type AtomicWriteFs, type WritableFile } from '../../../../electron/services/atomicWrite';

let folder: string;
let target: string;
const OLD = '{"old": "the version on disk"}\n';
const NEW = `{"new": "${'a much longer version '.repeat(2000)}"}\n`;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-atomic-'));
  target = join(folder, 'claim.journey');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const systemError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

/** The real file system with one operation replaced. */
function failing(overrides: Partial<AtomicWriteFs>): AtomicWriteFs {
  return { ...realFs, ...overrides };
}

/** Opens temp files whose handle misbehaves as `wrap` says; other opens (the folder) are real. */
function withTempHandle(wrap: (file: WritableFile) => Partial<WritableFile>): AtomicWriteFs {
  return failing({
    async open(path, flags, mode) {
      const file = await realFs.open(path, flags, mode);
      if (!path.endsWith('.tmp')) return file;
      const real: WritableFile = {
        write: (...args) => file.write(...args),
        chmod: (m) => file.chmod(m),
        sync: () => file.sync(),
        close: () => file.close(),
      };
      return { ...real, ...wrap(real) };
    },
  });
}

const leftovers = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

async function writeError(promise: Promise<void>): Promise<AtomicWriteError> {
  const error = await promise.then(
    () => expect.fail('expected the write to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AtomicWriteError);
  return error as AtomicWriteError;
}

describe('atomicWrite', () => {
  it('creates a new file with the given text, and no temp file stays behind', async () => {
    await atomicWrite(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readdirSync(folder)).toEqual(['claim.journey']);
  });

  it('replaces an existing file and writes bytes exactly', async () => {
    writeFileSync(target, OLD);
    const bytes = Uint8Array.from([0x7b, 0xc3, 0xa9, 0x7d, 0x0a]);
    await atomicWrite(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(leftovers()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces, and applies a requested mode exactly', async () => {
    writeFileSync(target, OLD);
    chmodSync(target, 0o600);
    await atomicWrite(target, NEW);
    expect(statSync(target).mode & 0o777).toBe(0o600);

    const other = join(folder, 'private.journey');
    await atomicWrite(other, NEW, { mode: 0o640 });
    expect(statSync(other).mode & 0o777).toBe(0o640);
  });

  it.skipIf(process.platform === 'win32')('writes through a symbolic link to the file it points at, and keeps the link', async () => {
    const real = join(folder, 'real.journey');
    writeFileSync(real, OLD);
    symlinkSync(real, target);
    await atomicWrite(target, NEW);
    expect(readFileSync(real, 'utf8')).toBe(NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('keeps the target untouched when the disk fills up in the middle of the write (ENOSPC)', async () => {
    writeFileSync(target, OLD);
    let written = 0;
    const fs = withTempHandle((real) => ({
      async write(buffer, offset, length, position) {
        // The first write lands partly, the next one finds the disk full.
        if (written > 0) throw systemError('ENOSPC');
        const result = await real.write(buffer, offset, Math.min(length, 100), position);
        written += result.bytesWritten;
        return result;
      },
    }));
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(written).toBe(100);
    expect(error.code).toBe('ENOSPC');
    expect(error.replaced).toBe(false);
    expect(error.message).toBe('Could not save "claim.journey": The disk is full. The file on disk was not changed.');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('refuses to replace a read-only file, whoever runs it: the system answers as for a read-only file', async () => {
    writeFileSync(target, OLD);
    let created = 0;
    const fs = failing({
      // Root may write anything, so the answer a person gets for a read-only file is injected.
      access: async (path, mode) => (path === target && mode === constants.W_OK ? Promise.reject(systemError('EACCES')) : realFs.access(path, mode)),
      open: async (path, flags, mode) => {
        if (path.endsWith('.tmp')) created += 1;
        return realFs.open(path, flags, mode);
      },
    });
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error).toMatchObject({ code: 'EACCES', replaced: false });
    expect(error.message).toBe('Could not save "claim.journey": The file is read-only: you are not allowed to change it. The file on disk was not changed.');
    expect(created).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
    // One of the app's own files (a backup) is replaced all the same when the caller says so.
    await atomicWrite(target, NEW, { fs, replaceReadOnly: true });
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it.runIf(process.getuid?.() !== 0 && process.platform !== 'win32')('refuses to replace a file without write permission, in a folder that has it', async () => {
    writeFileSync(target, OLD);
    chmodSync(target, 0o444);
    const error = await writeError(atomicWrite(target, NEW));
    expect(error.message).toContain('The file is read-only');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(statSync(target).mode & 0o777).toBe(0o444);
  });

  it('quotes a long file name shortened', async () => {
    const long = join(folder, `${'very long name '.repeat(12)}.journey`);
    writeFileSync(long, OLD);
    const fs = failing({ access: async () => Promise.reject(systemError('EPERM')) });
    const error = await writeError(atomicWrite(long, NEW, { fs }));
    expect(error.message).toMatch(/^Could not save "very long name[^"]{0,70}…": The file is read-only/);
  });

  it('says "Permission denied" when the temp file cannot be created (EACCES on open)', async () => {
    writeFileSync(target, OLD);
    const fs = failing({
      open: async (path, flags, mode) => (path.endsWith('.tmp') ? Promise.reject(systemError('EACCES')) : realFs.open(path, flags, mode)),
    });
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error.code).toBe('EACCES');
    expect(error.message).toMatch(/^Could not save "claim\.journey": Permission denied/);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('says the folder is read-only when the rename is refused (EROFS), and removes the temp file', async () => {
    writeFileSync(target, OLD);
    let renamed = 0;
    const fs = failing({
      rename: async () => {
        renamed += 1;
        throw systemError('EROFS');
      },
    });
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(renamed).toBe(1);
    expect(error.code).toBe('EROFS');
    expect(error.message).toContain('The folder is read-only.');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('does not rename a file whose fsync failed', async () => {
    writeFileSync(target, OLD);
    const fs = withTempHandle(() => ({ sync: () => Promise.reject(systemError('EIO')) }));
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error.code).toBe('EIO');
    expect(error.message).toContain('The disk reported a read or write error.');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('fails when closing the temp file reports a late error (as network file systems do)', async () => {
    writeFileSync(target, OLD);
    const fs = withTempHandle((real) => ({
      async close() {
        await real.close();
        throw systemError('EDQUOT');
      },
    }));
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error.message).toContain('Your disk quota is used up.');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it('says the folder no longer exists when it was removed', async () => {
    const gone = join(folder, 'gone');
    mkdirSync(gone);
    rmSync(gone, { recursive: true });
    const error = await writeError(atomicWrite(join(gone, 'claim.journey'), NEW));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toContain('The folder no longer exists.');
  });

  it('skips the folder fsync where the platform does not support it (Windows: EISDIR / EPERM)', async () => {
    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      const fs = failing({
        open: async (path, flags, mode) => (path === folder ? Promise.reject(systemError(code)) : realFs.open(path, flags, mode)),
      });
      await atomicWrite(target, `${code}\n`, { fs });
      expect(readFileSync(target, 'utf8')).toBe(`${code}\n`);
    }
  });

  it('reports a failed folder flush after the rename, saying the file was written', async () => {
    writeFileSync(target, OLD);
    const fs = failing({
      async open(path, flags, mode) {
        const file = await realFs.open(path, flags, mode);
        if (path !== folder) return file;
        return { write: () => Promise.reject(systemError('EBADF')), chmod: () => Promise.resolve(), sync: () => Promise.reject(systemError('EIO')), close: () => file.close() };
      },
    });
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error.replaced).toBe(true);
    expect(error.message).toMatch(/was written, but the folder could not be flushed to disk/);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(leftovers()).toEqual([]);
  });

  it('never leaves a temp file behind across many writes, some failing', async () => {
    let count = 0;
    const fs = failing({
      rename: async (from, to) => {
        count += 1;
        if (count % 3 === 0) throw systemError('ENOSPC');
        return realFs.rename(from, to);
      },
    });
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => atomicWrite(target, `${i}\n`, { fs })));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(4);
    expect(readdirSync(folder)).toEqual(['claim.journey']);
    expect(Number(readFileSync(target, 'utf8'))).toBeGreaterThanOrEqual(0);
  });
});

describe('removeLeftoverTempFiles', () => {
  it('removes the temp files of dead processes beside the file, and nothing else', async () => {
    writeFileSync(target, OLD);
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: never a running process
    const dead = join(folder, `.claim.journey.${deadPid}.abc123.tmp`);
    const mine = join(folder, `.claim.journey.${process.pid}.def456.tmp`);
    const other = join(folder, `.other.journey.${deadPid}.abc123.tmp`);
    for (const path of [dead, mine, other]) writeFileSync(path, 'half');
    expect(await removeLeftoverTempFiles(target)).toEqual([dead]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
  });
});

describe('describeFsCode', () => {
  it.each([
    ['EFBIG', 'The file is too large for this disk.'],
    ['ELOOP', 'The path loops through symbolic links.'],
    ['ENAMETOOLONG', 'The name or path is too long.'],
    ['EMFILE', 'Too many files are open.'],
    ['EBUSY', 'The file is in use by another program.'],
    ['ETXTBSY', 'The file is in use by a running program.'],
    ['EEXIST', 'A file of that name is already there.'],
    ['ESTALE', 'The file on the network drive can no longer be reached.'],
    ['ETIMEDOUT', 'The disk or network drive did not answer in time.'],
    ['EAGAIN', 'The file is busy. Try again in a moment.'],
  ])('says %s in plain words', (code, words) => {
    expect(describeFsCode(code)).toBe(words);
  });

  it('names a code it has no words for, rather than saying nothing', () => {
    expect(describeFsCode('EWHATEVER')).toBe('The system reported EWHATEVER.');
  });

  it('says EFBIG in plain words when a save meets it', async () => {
    writeFileSync(target, OLD);
    const fs = withTempHandle(() => ({ write: () => Promise.reject(systemError('EFBIG')) }));
    const error = await writeError(atomicWrite(target, NEW, { fs }));
    expect(error.message).toBe('Could not save "claim.journey": The file is too large for this disk. The file on disk was not changed.');
  });
});
