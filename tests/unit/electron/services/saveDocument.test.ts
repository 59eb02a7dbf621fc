import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostResult } from '../../../../shared/host/hostResult';
import {
  backupPathOf,
  loadDocumentBytes,
  realSaveFs,
  saveDocument,
  stampOf,
  stampOfBytes,
  type FileStamp,
  type SaveFs,
} from '../../../../electron/services/saveDocument';

let folder: string;
let path: string;
const V1 = '{"format":"outside-in.journey","version":1,"map":{"title":"first"}}\n';
const V2 = '{"format":"outside-in.journey","version":1,"map":{"title":"second, longer"}}\n';
const V3 = '{"format":"outside-in.journey","version":1,"map":{"title":"third"}}\n';

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-save-'));
  path = join(folder, 'claim.journey');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const read = (file: string): string => readFileSync(file, 'utf8');
const systemError = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

function saved(result: HostResult<{ stamp: FileStamp }>): FileStamp {
  if (!result.ok) expect.fail(`expected the save to succeed, got ${JSON.stringify(result.error)}`);
  return result.value.stamp;
}
function refused(result: HostResult<unknown>): { code: string; message: string } {
  if (result.ok) expect.fail('expected the save to fail');
  return result.error;
}

describe('saveDocument', () => {
  it('saves a new file, with no backup since there was nothing before', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    expect(read(path)).toBe(V1);
    expect(existsSync(backupPathOf(path))).toBe(false);
    expect(stamp).toEqual(await stampOf(path));
    expect(stamp.size).toBe(Buffer.byteLength(V1));
  });

  it('keeps the previous version as name.journey.bak, byte for byte', async () => {
    const first = saved(await saveDocument({ path, text: V1, expected: null }));
    const second = saved(await saveDocument({ path, text: V2, expected: first }));
    expect(read(path)).toBe(V2);
    expect(read(join(folder, 'claim.journey.bak'))).toBe(V1);
    saved(await saveDocument({ path, text: V3, expected: second }));
    expect(read(path)).toBe(V3);
    expect(read(backupPathOf(path))).toBe(V2);
    expect(readdirSync(folder).sort()).toEqual(['claim.journey', 'claim.journey.bak']);
  });

  it('saving unchanged text again keeps the older backup', async () => {
    const first = saved(await saveDocument({ path, text: V1, expected: null }));
    const second = saved(await saveDocument({ path, text: V2, expected: first }));
    saved(await saveDocument({ path, text: V2, expected: second }));
    expect(read(backupPathOf(path))).toBe(V1);
  });

  it('refuses with a conflict when the file was edited behind its back, and changes nothing', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    writeFileSync(path, V3);
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^The file changed on disk since it was opened or last saved/);
    expect(error.message).toMatch(/Overwrite.*another name.*reload/);
    expect(read(path)).toBe(V3);
    expect(existsSync(backupPathOf(path))).toBe(false);
  });

  it('notices a change of the same size that kept the modification time', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    writeFileSync(path, V1.replace('first', 'frist'));
    expect(refused(await saveDocument({ path, text: V2, expected: { ...stamp, mtimeMs: (await stampOf(path)).mtimeMs } })).code).toBe('conflict');
  });

  it('saves over a file that is unchanged, even if something touched its modification time', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    saved(await saveDocument({ path, text: V2, expected: { ...stamp, mtimeMs: stamp.mtimeMs - 60_000 } }));
    expect(read(path)).toBe(V2);
  });

  it('Overwrite (no expected stamp) replaces a file changed behind its back, keeping that change in the .bak', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    writeFileSync(path, V3);
    refused(await saveDocument({ path, text: V2, expected: stamp }));
    saved(await saveDocument({ path, text: V2 }));
    expect(read(path)).toBe(V2);
    expect(read(backupPathOf(path))).toBe(V3);
  });

  it('a new document refuses a file that appeared at its path meanwhile', async () => {
    writeFileSync(path, V3);
    const error = refused(await saveDocument({ path, text: V1, expected: null }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('There is already a file named "claim.journey"');
    expect(read(path)).toBe(V3);
  });

  it('a file that already holds exactly the text is no conflict (a double save)', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    const [a, b] = await Promise.all([saveDocument({ path, text: V2, expected: stamp }), saveDocument({ path, text: V2, expected: stamp })]);
    expect(saved(a)).toEqual(expect.objectContaining({ sha256: stampOfBytes(Buffer.from(V2), 0).sha256 }));
    saved(b);
    expect(read(path)).toBe(V2);
    expect(read(backupPathOf(path))).toBe(V1);
  });

  it('writes a file that vanished since it was opened anew: nothing on disk is at risk', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    rmSync(path);
    saved(await saveDocument({ path, text: V2, expected: stamp }));
    expect(read(path)).toBe(V2);
  });

  it('a read-back mismatch is an error; the previous version is put back and kept in the .bak', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    let damaged = 0;
    // The disk (or a driver, or a sync tool) silently flips a byte of the first write of the document.
    const fs: SaveFs = {
      ...realSaveFs,
      async open(file, flags, mode) {
        const handle = await realSaveFs.open(file, flags, mode);
        if (!file.endsWith('.tmp') || file.includes('.bak.') || damaged > 0) return handle;
        damaged += 1;
        return {
          write: (bytes, offset, length, position) => {
            const copy = Uint8Array.from(bytes);
            copy[copy.length - 3] = 0x21;
            return handle.write(copy, offset, length, position);
          },
          chmod: (m) => handle.chmod(m),
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }, fs));
    expect(damaged).toBe(1);
    expect(error.code).toBe('read-back-mismatch');
    expect(error.message).toContain('read back differently from what was written');
    expect(error.message).toContain('The previous version was put back');
    expect(read(path)).toBe(V1);
    expect(read(backupPathOf(path))).toBe(V1);
  });

  it('a read-back that differs (for example a sync tool rewriting the file) is reported, the .bak holds the old version', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    const fs: SaveFs = {
      ...realSaveFs,
      readFile: async (file) => {
        const bytes = await realSaveFs.readFile(file);
        return file === path && Buffer.from(bytes).toString('utf8') === V2 ? Buffer.from(V2.slice(0, 10)) : bytes;
      },
    };
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }, fs));
    expect(error.code).toBe('read-back-mismatch');
    expect(read(backupPathOf(path))).toBe(V1);
    expect(read(path)).toBe(V1);
  });

  it('disk full: the original is untouched and the message says so in plain words', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    const fs: SaveFs = {
      ...realSaveFs,
      rename: async (from, to) => (to === path ? Promise.reject(systemError('ENOSPC')) : realSaveFs.rename(from, to)),
    };
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }, fs));
    expect(error).toEqual({ code: 'ENOSPC', message: 'Could not save "claim.journey": The disk is full. The file on disk was not changed.' });
    expect(read(path)).toBe(V1);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed backup stops the save before the document is touched', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    const fs: SaveFs = {
      ...realSaveFs,
      open: async (file, flags, mode) => (file.includes('.bak.') ? Promise.reject(systemError('EACCES')) : realSaveFs.open(file, flags, mode)),
    };
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }, fs));
    expect(error.code).toBe('EACCES');
    expect(error.message).toMatch(/^Could not keep the previous version as "claim\.journey\.bak", so "claim\.journey" was not changed\. Permission denied/);
    expect(read(path)).toBe(V1);
  });

  it('a read-only folder: the original is untouched', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    const fs: SaveFs = { ...realSaveFs, open: (file, flags, mode) => (file.endsWith('.tmp') ? Promise.reject(systemError('EROFS')) : realSaveFs.open(file, flags, mode)) };
    const error = refused(await saveDocument({ path, text: V2, expected: stamp }, fs));
    expect(error.code).toBe('EROFS');
    expect(error.message).toContain('The folder is read-only.');
    expect(read(path)).toBe(V1);
  });

  it('a read-only file in a writable folder: refused before anything is written, the original and its backup untouched', async () => {
    saved(await saveDocument({ path, text: V1, expected: null }));
    const stamp = saved(await saveDocument({ path, text: V2 }));
    // Root may write anything: the system's answer for a read-only file is injected.
    const fs: SaveFs = { ...realSaveFs, access: (file, mode) => (file === path ? Promise.reject(systemError('EACCES')) : realSaveFs.access(file, mode)) };
    const error = refused(await saveDocument({ path, text: V3, expected: stamp }, fs));
    expect(error).toEqual({ code: 'EACCES', message: 'Could not save "claim.journey": The file is read-only: you are not allowed to change it. The file on disk was not changed.' });
    expect(read(path)).toBe(V2);
    expect(read(backupPathOf(path))).toBe(V1);
    expect(readdirSync(folder).sort()).toEqual(['claim.journey', 'claim.journey.bak']);
  });

  it.runIf(process.getuid?.() !== 0 && process.platform !== 'win32')('a file without write permission is not replaced, for real', async () => {
    const stamp = saved(await saveDocument({ path, text: V1, expected: null }));
    chmodSync(path, 0o444);
    expect(refused(await saveDocument({ path, text: V2, expected: stamp })).message).toContain('is read-only');
    expect(read(path)).toBe(V1);
    expect(existsSync(backupPathOf(path))).toBe(false);
  });

  it('a read-only backup is the app’s own: it is replaced, and the save goes through', async () => {
    saved(await saveDocument({ path, text: V1, expected: null }));
    const stamp = saved(await saveDocument({ path, text: V2 }));
    const fs: SaveFs = { ...realSaveFs, access: (file, mode) => (file === backupPathOf(path) ? Promise.reject(systemError('EACCES')) : realSaveFs.access(file, mode)) };
    saved(await saveDocument({ path, text: V3, expected: stamp }, fs));
    expect(read(path)).toBe(V3);
    expect(read(backupPathOf(path))).toBe(V2);
  });

  it('never throws, even when the path is a folder', async () => {
    const error = refused(await saveDocument({ path: folder, text: V1 }));
    expect(error.code).toBe('EISDIR');
    expect(error.message).toContain('There is a folder of that name.');
  });
});

describe('loadDocumentBytes', () => {
  it('returns the bytes and the stamp a later save checks against', async () => {
    writeFileSync(path, V1);
    const loaded = await loadDocumentBytes(path);
    if (!loaded.ok) expect.fail(loaded.error.message);
    expect(Buffer.from(loaded.value.bytes).toString('utf8')).toBe(V1);
    expect(loaded.value.stamp).toEqual(await stampOf(path));
    saved(await saveDocument({ path, text: V2, expected: loaded.value.stamp }));
  });

  it('says in plain words why a file cannot be read', async () => {
    const missing = await loadDocumentBytes(join(folder, 'nowhere.journey'));
    expect(missing).toEqual({ ok: false, error: { code: 'ENOENT', message: 'Could not open "nowhere.journey": There is no such file.' } });
    const denied = await loadDocumentBytes(path, { ...realSaveFs, stat: () => Promise.reject(systemError('EACCES')) });
    expect(denied.ok ? '' : denied.error.message).toBe('Could not open "claim.journey": Permission denied: you are not allowed to read this file.');
  });
});
