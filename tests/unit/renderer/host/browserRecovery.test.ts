import { beforeEach, describe, expect, it } from 'vitest';
import type { HostApi } from '../../../../shared/host/hostApi';
import { createBrowserHost } from '../../../../renderer/host/browserHost';
import { fakeDisk, memoryStorage, withHandle } from './browserFakes';

// The browser edition's recovery copies, in IndexedDB (a Map here): the same list as the desktop's,
// a page at a time without the texts, damaged and newer copies beside the others.

const DAY = 24 * 60 * 60 * 1000;
let storage: ReturnType<typeof memoryStorage>;
let files: ReturnType<typeof fakeDisk>;
let host: HostApi;
let time: number;
let downloads: { name: string; text: string }[];

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const EMPTY = { copies: [], unreadable: [], more: 0, next: null };
const record = (documentId: string, updatedAt: number, extra: object = {}) => ({ documentId, title: `Map ${documentId}`, fileName: null, updatedAt: new Date(updatedAt).toISOString(), text: 't', ref: null, stamp: 0, ...extra });

beforeEach(() => {
  time = Date.UTC(2026, 4, 3, 12);
  storage = memoryStorage();
  files = fakeDisk();
  downloads = [];
  let ids = 0;
  const download = (name: string, data: Blob) => void data.text().then((text) => downloads.push({ name, text }));
  host = createBrowserHost({ storage: storage.storage, files: files.gateway, newId: () => `id${++ids}`, now: () => new Date((time += 1000)), download });
});

describe('the browser host: recovery copies', () => {
  it('keeps copies, lists them newest first without their texts, reads one whole, and discards them', async () => {
    await host['recovery:write']({ documentId: 'd1', title: 'One', fileName: null, text: '1' });
    await host['recovery:write']({ documentId: 'd2', title: 'Two', fileName: 'two.journey', text: '2' });
    const listed = value(await host['recovery:list']());
    expect(listed).toEqual({
      ...EMPTY,
      copies: [
        { documentId: 'd2', title: 'Two', fileName: 'two.journey', updatedAt: new Date(Date.UTC(2026, 4, 3, 12, 0, 2)).toISOString() },
        { documentId: 'd1', title: 'One', fileName: null, updatedAt: new Date(Date.UTC(2026, 4, 3, 12, 0, 1)).toISOString() },
      ],
    });
    expect(value(await host['recovery:read']('d1'))).toEqual({ ...listed.copies[1], text: '1', handle: null });
    await host['recovery:discard']('d2');
    expect(value(await host['recovery:list']()).copies.map((copy) => copy.documentId)).toEqual(['d1']);
    expect(await host['recovery:read']('d2')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('hands a restored copy a handle to its file, so it saves back in place', async () => {
    files.touch('claim.journey', 'old');
    files.picks.push('claim.journey');
    const { handle } = withHandle(value(await host['file:open']()));
    await host['recovery:write']({ documentId: 'd1', title: 'Claim', fileName: 'claim.journey', text: 'edited', handle });
    // A new visit: a new host over the same storage knows no handles until it reads the copy.
    const later = createBrowserHost({ storage: storage.storage, files: files.gateway });
    const copy = value(await later['recovery:read']('d1'));
    expect(copy.handle).toEqual(expect.any(String));
    expect((await later['file:save']({ handle: copy.handle!, text: 'edited' })).ok).toBe(true);
    expect(files.disk.get('claim.journey')?.text).toBe('edited');
  });

  it('lists damaged and newer copies for what they are, downloads them on request, and keeps them until discarded', async () => {
    await host['recovery:write']({ documentId: 'good', title: 'Good', fileName: null, text: '1' });
    storage.of('recovery').set('bad', { documentId: 'bad', title: 5, text: null });
    const yesterday = time - DAY;
    storage.of('recovery').set('next', { ...record('next', yesterday), version: 2, title: 'Claim', text: '{"format":"outside-in.journey","version":9}' });
    const listed = value(await host['recovery:list']());
    expect(listed.copies.map((copy) => copy.documentId)).toEqual(['good']);
    expect(listed.unreadable).toEqual([
      { documentId: 'next', kind: 'newer', title: 'Claim', updatedAt: new Date(yesterday).toISOString(), message: 'A newer version of Outside-In kept this recovery copy: open that version to restore it.' },
      { documentId: 'bad', kind: 'damaged', title: null, updatedAt: null, message: 'The recovery copy is damaged: it is not a recovery copy this version of Outside-In can read.' },
    ]);
    expect(await host['recovery:read']('bad')).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(await host['recovery:read']('next')).toMatchObject({ ok: false, error: { code: 'newer' } });

    // The map a newer version kept downloads as a map file; a damaged one as what is left of it.
    value(await host['recovery:reveal']('next'));
    value(await host['recovery:reveal']('bad'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(downloads).toEqual([
      { name: 'Claim.journey', text: '{"format":"outside-in.journey","version":9}' },
      { name: 'Recovery copy bad.json', text: JSON.stringify({ documentId: 'bad', title: 5, text: null }, null, 2) },
    ]);
    expect(await host['recovery:reveal']('gone')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(storage.of('recovery').has('bad')).toBe(true);
    value(await host['recovery:discard']('bad'));
    expect(value(await host['recovery:list']()).unreadable.map((copy) => copy.documentId)).toEqual(['next']);
  });

  it('prunes only copies past the newest fifty that are older than thirty days, never one it cannot restore', async () => {
    const copies = storage.of('recovery');
    for (let day = 0; day < 55; day++) copies.set(`d${day}`, record(`d${day}`, time - day * DAY));
    copies.set('old-newer', { ...record('old-newer', time - 90 * DAY), version: 3 });
    copies.set('old-bad', { ...record('old-bad', time - 91 * DAY), text: 7 });
    const listed = value(await host['recovery:list']());
    expect([...copies.keys()].sort()).toEqual([...Array.from({ length: 50 }, (_, day) => `d${day}`), 'old-bad', 'old-newer'].sort());
    expect(listed.copies).toHaveLength(20);
    expect(listed.more).toBe(32);

    storage.of('recovery').clear();
    for (let minute = 0; minute < 60; minute++) copies.set(`y${minute}`, record(`y${minute}`, time - minute * 60_000));
    await host['recovery:list']();
    expect(copies.size).toBe(60);
  });

  it('pages a long list from where the last page ended', async () => {
    for (let index = 0; index < 25; index++) storage.of('recovery').set(`c${index}`, record(`c${index}`, time - index * 1000, { text: 'x'.repeat(100_000) }));
    const first = value(await host['recovery:list']());
    expect(first.copies.map((copy) => copy.documentId)).toEqual(Array.from({ length: 20 }, (_, index) => `c${index}`));
    expect(JSON.stringify(first).length).toBeLessThan(5_000);
    const second = value(await host['recovery:list']({ after: first.next }));
    expect(second).toMatchObject({ more: 0, next: null });
    expect(second.copies.map((copy) => copy.documentId)).toEqual(['c20', 'c21', 'c22', 'c23', 'c24']);
  });

  it('says plainly when the browser’s storage is full', async () => {
    storage.state.failNext = new DOMException('full', 'QuotaExceededError');
    const result = await host['recovery:write']({ documentId: 'd1', title: 'One', fileName: null, text: '1' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'quota-exceeded', message: expect.stringContaining('no room left') });
  });

  it('refuses ids that the contract refuses', async () => {
    const result = await host['recovery:write']({ documentId: '../x', title: 'One', fileName: null, text: '1' });
    expect(!result.ok && result.error.code).toBe('bad-arguments');
    for (const channel of ['recovery:discard', 'recovery:read', 'recovery:reveal'] as const) {
      const refused = await host[channel]('../x');
      expect(!refused.ok && refused.error.code, channel).toBe('bad-arguments');
    }
  });
});
