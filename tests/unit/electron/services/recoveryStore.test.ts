import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore, RecoveryStoreError, type RecoveryStore } from '../../../../electron/services/recoveryStore';

let userData: string;
let folder: string;
let store: RecoveryStore;
const at = (minute: number): Date => new Date(Date.UTC(2025, 0, 1, 12, minute));
const EMPTY = { copies: [], problems: [], more: 0, next: null };
/** A copy as the list names it: everything but the text. */
const summary = ({ text: _text, ...rest }: { text: string; documentId: string; title: string; filePath: string | null; updatedAt: string }) => rest;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'outside-in-recovery-'));
  folder = join(userData, 'recovery');
  store = createRecoveryStore(folder);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('recovery store', () => {
  it('lists nothing when the folder does not exist yet', async () => {
    expect(await store.list()).toEqual(EMPTY);
    expect(await store.read('doc-1')).toBeNull();
    await store.discard('doc-1');
    expect(existsSync(folder)).toBe(false);
  });

  it('writes, lists, reads and discards a copy', async () => {
    await store.write('doc-1', { text: '{"format":"outside-in.journey"}', title: 'Claim', filePath: '/maps/claim.journey', updatedAt: at(5) });
    const copy = { documentId: 'doc-1', title: 'Claim', filePath: '/maps/claim.journey', updatedAt: '2025-01-01T12:05:00.000Z', text: '{"format":"outside-in.journey"}' };

    // The list names the copy without its text (which can be large); reading the copy gives the text.
    expect(await store.list()).toEqual({ ...EMPTY, copies: [summary(copy)] });
    expect(await store.read('doc-1')).toEqual(copy);
    // A fresh store over the same folder, as after a crash and restart, finds the copy.
    expect(await createRecoveryStore(folder).read('doc-1')).toEqual(copy);

    await store.discard('doc-1');
    expect(await store.list()).toEqual(EMPTY);
    expect(await store.read('doc-1')).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('keeps an untitled document without a file path, dated now unless told', async () => {
    const before = Date.now();
    await store.write('untitled_1', { text: 'draft', title: 'Untitled', filePath: null });
    const copy = await store.read('untitled_1');
    expect(copy).toMatchObject({ documentId: 'untitled_1', title: 'Untitled', filePath: null, text: 'draft' });
    expect(Date.parse(copy?.updatedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('replaces a copy with the newer one', async () => {
    await store.write('doc-1', { text: 'old', title: 'Old title', filePath: null, updatedAt: at(1) });
    await store.write('doc-1', { text: 'new', title: 'New title', filePath: '/maps/saved.journey', updatedAt: at(2) });
    const { copies } = await store.list();
    expect(copies).toEqual([{ documentId: 'doc-1', title: 'New title', filePath: '/maps/saved.journey', updatedAt: at(2).toISOString() }]);
    expect((await store.read('doc-1'))?.text).toBe('new');
    expect(readdirSync(folder)).toEqual(['doc-1.json']);
  });

  it('lists the newest copy first, the file dated when the copy was taken', async () => {
    await store.write('b', { text: 'b', title: 'B', filePath: null, updatedAt: at(3) });
    await store.write('a', { text: 'a', title: 'A', filePath: null, updatedAt: at(1) });
    await store.write('c', { text: 'c', title: 'C', filePath: null, updatedAt: at(7) });
    expect((await store.list()).copies.map((copy) => copy.documentId)).toEqual(['c', 'b', 'a']);
    expect(statSync(store.pathOf('a')).mtimeMs).toBe(at(1).getTime());
  });

  it('runs calls for one document in order: a discard after a write is not undone by it', async () => {
    const writing = store.write('doc-1', { text: 'x'.repeat(1_000_000), title: 'Big', filePath: null });
    const discarding = store.discard('doc-1');
    await Promise.all([writing, discarding]);
    expect(await store.read('doc-1')).toBeNull();

    const writes = Array.from({ length: 20 }, (_, n) => store.write('doc-2', { text: `version ${n}`, title: 'T', filePath: null }));
    await Promise.all(writes);
    expect((await store.read('doc-2'))?.text).toBe('version 19');
  });

  it('lists a damaged copy for what it is, beside the others, and keeps it until it is discarded', async () => {
    await store.write('good', { text: 'fine', title: 'Good', filePath: null, updatedAt: at(1) });
    writeFileSync(join(folder, 'broken.json'), '{"format":"outside-in.recovery","vers');
    writeFileSync(join(folder, 'wrong-shape.json'), JSON.stringify({ format: 'outside-in.recovery', version: 1, documentId: 'wrong-shape', title: 7 }));
    const good = readFileSync(join(folder, 'good.json'), 'utf8');
    writeFileSync(join(folder, 'renamed.json'), good);
    mkdirSync(join(folder, 'a-folder.json'));

    const { copies, problems } = await store.list();
    expect(copies.map((copy) => copy.documentId)).toEqual(['good']);
    const damaged = { kind: 'damaged', title: null, updatedAt: null };
    expect([...problems].sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual([
      { ...damaged, file: 'a-folder.json', documentId: 'a-folder', message: 'The recovery copy could not be read. There is a folder of that name.' },
      { ...damaged, file: 'broken.json', documentId: 'broken', message: 'The recovery copy is damaged: it is not valid JSON.' },
      // What can still be read of it is shown, so the person knows which map it was.
      { ...damaged, file: 'renamed.json', documentId: 'renamed', title: 'Good', updatedAt: at(1).toISOString(), message: 'The recovery copy is damaged: it belongs to another document.' },
      { ...damaged, file: 'wrong-shape.json', documentId: 'wrong-shape', message: expect.stringMatching(/^The recovery copy is damaged: /) },
    ]);

    await expect(store.read('broken')).rejects.toMatchObject({ code: 'damaged', message: 'The recovery copy is damaged: it is not valid JSON.' });
    expect(existsSync(join(folder, 'broken.json'))).toBe(true);
    await store.discard('broken');
    expect((await store.list()).problems.map((problem) => problem.file)).not.toContain('broken.json');
  });

  it('lists a copy a newer version of Outside-In kept as such, not as damaged, and never reads it as its own', async () => {
    const newer = { format: 'outside-in.recovery', version: 2, documentId: 'next', title: 'Claim', filePath: null, updatedAt: at(9).toISOString(), text: '{}', colour: 'teal' };
    mkdirSync(folder);
    writeFileSync(join(folder, 'next.json'), JSON.stringify(newer));
    expect((await store.list()).problems).toEqual([
      {
        file: 'next.json',
        documentId: 'next',
        kind: 'newer',
        title: 'Claim',
        updatedAt: at(9).toISOString(),
        message: 'A newer version of Outside-In kept this recovery copy: open that version to restore it.',
      },
    ]);
    await expect(store.read('next')).rejects.toMatchObject({ code: 'newer' });
  });

  it('prunes only copies past the newest fifty that are older than thirty days, and never a damaged or newer one', async () => {
    const now = Date.UTC(2026, 4, 3, 12);
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60 * 1000);
    // Fifty-five copies a day apart: the last five are past the newest fifty, and all older than thirty days.
    for (let day = 0; day < 55; day++) await store.write(`d${day}`, { text: `${day}`, title: `Day ${day}`, filePath: null, updatedAt: daysAgo(day) });
    // Beyond them, two old files this version cannot restore: they stay.
    writeFileSync(join(folder, 'old-broken.json'), 'not json');
    writeFileSync(join(folder, 'old-newer.json'), JSON.stringify({ format: 'outside-in.recovery', version: 3, documentId: 'old-newer', title: 'Later', updatedAt: daysAgo(90).toISOString() }));
    for (const name of ['old-broken.json', 'old-newer.json']) utimesSync(join(folder, name), daysAgo(90), daysAgo(90));

    const listed = await store.list({ now: new Date(now) });
    const left = readdirSync(folder).map((name) => name.replace('.json', ''));
    expect(left.sort()).toEqual([...Array.from({ length: 50 }, (_, day) => `d${day}`), 'old-broken', 'old-newer'].sort());
    expect(listed.copies.map((copy) => copy.documentId)).toEqual(Array.from({ length: 20 }, (_, day) => `d${day}`));
    expect(listed.more).toBe(32);

    // Young copies are never pruned, however many there are.
    const young = createRecoveryStore(join(userData, 'young'));
    for (let index = 0; index < 60; index++) await young.write(`y${index}`, { text: 'y', title: 'Y', filePath: null, updatedAt: new Date(now - index * 60_000) });
    await young.list({ now: new Date(now) });
    expect(readdirSync(young.folder)).toHaveLength(60);
  });

  it('carries at most 1,000 characters of a title, even from a file edited by hand', async () => {
    await store.write('long', { text: 't', title: 'T'.repeat(100_000), filePath: null });
    writeFileSync(join(folder, 'long-broken.json'), JSON.stringify({ title: 'B'.repeat(100_000) }));
    const { copies, problems } = await store.list();
    expect(copies[0]?.title).toHaveLength(1000);
    expect(problems[0]?.title).toHaveLength(1000);
    expect((await store.read('long'))?.title).toHaveLength(100_000);
  });

  it('answers a bounded page, newest first, and the next page from where the last ended', async () => {
    const big = 'x'.repeat(200_000);
    for (let index = 0; index < 45; index++) await store.write(`c${String(index).padStart(2, '0')}`, { text: big, title: `Copy ${index}`, filePath: null, updatedAt: at(index) });
    const first = await store.list();
    expect(first.copies.map((copy) => copy.documentId)).toEqual(Array.from({ length: 20 }, (_, index) => `c${44 - index}`));
    expect(first.more).toBe(25);
    // Without the texts (45 × 200 kB), the answer is a few kilobytes.
    expect(JSON.stringify(first).length).toBeLessThan(5_000);
    await store.discard('c44');
    const second = await store.list({ after: first.next });
    expect(second.copies[0]?.documentId).toBe('c24');
    expect((await store.list({ after: second.next })).copies.map((copy) => copy.documentId)).toEqual(['c04', 'c03', 'c02', 'c01', 'c00']);
  });

  it('ignores files that are not copies, and removes temp files a killed write left behind', async () => {
    mkdirSync(folder);
    writeFileSync(join(folder, '.DS_Store'), 'x');
    writeFileSync(join(folder, 'notes.txt'), 'x');
    // A process id far above any real one: the write that left this file is not running.
    const leftover = '.doc-1.json.4194399.0a1b2c3d4e5f.tmp';
    writeFileSync(join(folder, leftover), '{"half');
    expect(await store.list()).toEqual(EMPTY);
    expect(readdirSync(folder).sort()).toEqual(['.DS_Store', 'notes.txt']);
  });

  const hostileIds = ['../escape', '..', '.', '', 'a/b', 'a\\b', '/etc/passwd', 'C:\\x', 'doc.json', 'doc 1', 'dóc', 'a'.repeat(65), '%2e%2e', 'doc\0x'];
  it.each(hostileIds)('refuses the document id %j for every call, touching nothing', async (id) => {
    const input = { text: 't', title: 'T', filePath: null };
    for (const call of [() => store.write(id, input), () => store.read(id), () => store.discard(id)]) {
      const refusal = await call().then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(RecoveryStoreError);
      expect(refusal).toMatchObject({ code: 'invalid-id' });
    }
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(userData)).toEqual([]);
  });

  it('accepts an id of 64 safe characters', async () => {
    const id = `${'A-z_9'.repeat(12)}abcd`;
    await store.write(id, { text: 't', title: 'T', filePath: null });
    expect((await store.read(id))?.documentId).toBe(id);
  });

  it('refuses a copy without a text, a title or a file path', async () => {
    await expect(store.write('doc-1', { text: 5, title: 'T', filePath: null } as never)).rejects.toThrow(/needs a text, a title and a file path or null/);
    await expect(store.write('doc-1', { text: 't', title: 'T' } as never)).rejects.toThrow(TypeError);
    expect(existsSync(folder)).toBe(false);
  });

  it('says in plain words when the copy cannot be written, and leaves the previous one alone', async () => {
    await store.write('doc-1', { text: 'kept', title: 'T', filePath: null });
    // Whoever runs the test: a folder where the copy of doc-2 goes makes its write fail.
    mkdirSync(join(folder, 'doc-2.json'));
    await expect(store.write('doc-2', { text: 'lost', title: 'T', filePath: null })).rejects.toMatchObject({
      name: 'RecoveryStoreError',
      code: 'not-written',
      message: 'The recovery copy could not be written. There is a folder of that name.',
      cause: { code: 'EISDIR' },
    });
    expect((await store.read('doc-1'))?.text).toBe('kept');

    rmSync(folder, { recursive: true });
    writeFileSync(folder, 'a file where the folder should be');
    await expect(store.write('doc-1', { text: 'lost', title: 'T', filePath: null })).rejects.toMatchObject({ code: 'not-written', message: 'The recovery copy could not be written. A file is in the way of the recovery folder.' });
  });
});
