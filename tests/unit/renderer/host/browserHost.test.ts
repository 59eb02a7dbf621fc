import { beforeEach, describe, expect, it } from 'vitest';
import { unknownTypeMessage } from '../../../../shared/format/importers';
import type { HostApi } from '../../../../shared/host/hostApi';
import { suggestedFileName } from '../../../../shared/host/fileName';
import { DEFAULT_PREFERENCES } from '../../../../shared/host/hostApi';
import { createBrowserHost, describeFailure, RECENT_LIMIT } from '../../../../renderer/host/browserHost';
import { browserFileAccess } from '../../../../renderer/host/host';
import { fixtureText } from '../../support/fixtures';
import { fakeDisk, memoryStorage, withHandle } from './browserFakes';
import { onePagePdf, outsideInPdf } from '../../support/pdfs';

let ids: number;
let storage: ReturnType<typeof memoryStorage>;
let files: ReturnType<typeof fakeDisk>;
let host: HostApi;
let time: number;

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

beforeEach(() => {
  ids = 0;
  time = Date.UTC(2026, 4, 3, 12);
  storage = memoryStorage();
  files = fakeDisk();
  host = createBrowserHost({ storage: storage.storage, files: files.gateway, newId: () => `id${++ids}`, now: () => new Date((time += 1000)) });
});

describe('the browser host: files', () => {
  it('opens a chosen file with a handle and saves back to it in place', async () => {
    files.touch('claim.journey', 'old');
    files.picks.push('claim.journey');
    const opened = withHandle(value(await host['file:open']()));
    expect(opened).toMatchObject({ name: 'claim.journey', text: 'old' });
    expect(value(await host['file:save']({ handle: opened.handle, text: 'new' }))).toEqual({ handle: opened.handle, name: 'claim.journey' });
    expect(files.disk.get('claim.journey')?.text).toBe('new');
    // Its own save is no change behind its back: the next save goes through too.
    expect((await host['file:save']({ handle: opened.handle, text: 'newer' })).ok).toBe(true);
  });

  it('answers null when the user cancels a picker, and a plain failure when the browser refuses', async () => {
    files.picks.push(null);
    expect(value(await host['file:open']())).toBeNull();
    expect(value(await host['file:saveAs']({ text: 't', suggestedName: 'Map.journey' }))).toBeNull();
    files.picks.push(new DOMException('no', 'NotAllowedError'));
    const refused = await host['file:open']();
    expect(refused).toEqual({ ok: false, error: { code: 'permission-denied', message: 'The browser did not allow opening the file.' } });
  });

  it('reads a file chosen to import, of any kind, without listing it as recent; null when the user cancels', async () => {
    files.touch('claims.bpmn', '<definitions/>');
    files.picks.push('claims.bpmn');
    const chosen = value(await host['file:chooseImport']());
    expect(chosen?.name).toBe('claims.bpmn');
    expect(new TextDecoder().decode(chosen!.bytes)).toBe('<definitions/>');
    expect(value(await host['recent:list']())).toEqual([]);
    files.picks.push(null);
    expect(value(await host['file:chooseImport']())).toBeNull();
  });

  it('refuses to save over a file that changed since it was opened, until told to overwrite', async () => {
    files.touch('claim.journey', 'old');
    files.picks.push('claim.journey');
    const { handle } = withHandle(value(await host['file:open']()));
    files.touch('claim.journey', 'changed elsewhere');
    const refused = await host['file:save']({ handle, text: 'mine' });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(files.disk.get('claim.journey')?.text).toBe('changed elsewhere');
    expect((await host['file:save']({ handle, text: 'mine', overwrite: true })).ok).toBe(true);
    expect(files.disk.get('claim.journey')?.text).toBe('mine');
  });

  it('saves a file it cannot reach again (uploaded) by downloading it under its name', async () => {
    const upload = createBrowserHost({ storage: storage.storage, files: { ...files.gateway, pickToOpen: async () => ({ name: 'up.journey', bytes: new TextEncoder().encode('x'), stamp: 5, ref: null }) } });
    const { handle } = withHandle(value(await upload['file:open']()));
    expect(value(await upload['file:save']({ handle, text: 'y' }))).toMatchObject({ name: 'up.journey' });
    expect(files.downloads).toEqual([{ name: 'up.journey', text: 'y' }]);
    expect(value(await upload['file:revert'](handle)).text).toBe('y');
    expect(value(await upload['recent:list']())).toEqual([]);
  });

  it('reverts by reading the file again', async () => {
    files.touch('claim.journey', 'old');
    files.picks.push('claim.journey');
    const { handle } = withHandle(value(await host['file:open']()));
    files.touch('claim.journey', 'on disk now');
    expect(value(await host['file:revert'](handle))).toEqual({ handle, name: 'claim.journey', text: 'on disk now' });
  });

  it('opens an Outside-In PDF as its map, without a handle, named like the PDF, and lists the PDF as recent', async () => {
    const journey = fixtureText('examples', 'home-insurance-claim.journey');
    const pdf = await outsideInPdf(journey);
    files.touchBytes('Claim report.pdf', pdf);
    files.picks.push('Claim report.pdf');
    expect(value(await host['file:open']())).toEqual({ handle: null, name: 'Claim report.journey', text: journey });
    const [recent] = value(await host['recent:list']());
    expect(recent?.name).toBe('Claim report.pdf');
    expect(value(await host['file:openRecent'](recent!.path))).toEqual({ handle: null, name: 'Claim report.journey', text: journey });
    expect(files.disk.get('Claim report.pdf')?.bytes).toEqual(pdf);
  });

  it('refuses a PDF that carries no map, in words, and does not list it', async () => {
    files.touchBytes('minutes.pdf', await onePagePdf());
    files.picks.push('minutes.pdf');
    expect(await host['file:open']()).toEqual({
      ok: false,
      error: { code: 'invalid-map', message: 'Could not open “minutes.pdf”: This PDF carries no map: only PDFs exported by Outside-In can be opened.' },
    });
    expect(value(await host['recent:list']())).toEqual([]);
  });

  it('opens a map saved under another name in place, by what it holds', async () => {
    files.touch('claim.txt', '{ "format": "outside-in.journey" }');
    files.picks.push('claim.txt');
    expect(withHandle(value(await host['file:open']()))).toMatchObject({ name: 'claim.txt', text: '{ "format": "outside-in.journey" }' });
  });

  it('refuses a file of a kind it does not know, naming the kinds it opens, and does not list it', async () => {
    files.touch('notes.txt', 'Call the assessor back on Monday.');
    files.picks.push('notes.txt');
    expect(await host['file:open']()).toEqual({ ok: false, error: { code: 'invalid-map', message: `Could not open “notes.txt”: ${unknownTypeMessage()}` } });
    expect(value(await host['recent:list']())).toEqual([]);
  });

  it('refuses a handle it never issued, in words', async () => {
    const result = await host['file:save']({ handle: 'nope', text: 't' });
    expect(!result.ok && result.error.code).toBe('unknown-handle');
  });

  it('keeps the last ten files opened or saved, newest first, once each', async () => {
    for (let i = 0; i < RECENT_LIMIT + 2; i++) {
      files.touch(`m${i}.journey`, 't');
      files.picks.push(`m${i}.journey`);
      await host['file:open']();
    }
    files.picks.push('m5.journey');
    await host['file:open']();
    const recent = value(await host['recent:list']());
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(recent.map((file) => file.name).slice(0, 3)).toEqual(['m5.journey', 'm11.journey', 'm10.journey']);
    const opened = value(await host['file:openRecent'](recent[1]!.path));
    expect(opened.name).toBe('m11.journey');
  });

  it('opens a recent file only with the user’s permission, and forgets one that is gone', async () => {
    files.touch('a.journey', 't');
    files.picks.push('a.journey');
    await host['file:open']();
    const [entry] = value(await host['recent:list']());
    files.state.access = false;
    const denied = await host['file:openRecent'](entry!.path);
    expect(!denied.ok && denied.error.code).toBe('permission-denied');
    files.state.access = true;
    files.disk.delete('a.journey');
    const gone = await host['file:openRecent'](entry!.path);
    expect(!gone.ok && gone.error.code).toBe('not-found');
    expect(value(await host['recent:list']())).toEqual([]);
    const unknown = await host['file:openRecent']('/etc/passwd');
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
  });
});

describe('the browser host: preferences', () => {
  it('starts from the defaults and keeps what is set', async () => {
    expect(value(await host['preferences:get']())).toEqual(DEFAULT_PREFERENCES);
    expect(value(await host['preferences:set']({ theme: 'dark' }))).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    expect(value(await host['preferences:get']()).theme).toBe('dark');
  });

  it('refuses what the contract’s schema refuses', async () => {
    for (const patch of [{ autosaveDelayMs: 10 }, { theme: 'neon' }, { colour: 'red' }]) {
      const result = await host['preferences:set'](patch as never);
      expect(!result.ok && result.error.code, JSON.stringify(patch)).toBe('bad-arguments');
    }
    expect(value(await host['preferences:get']())).toEqual(DEFAULT_PREFERENCES);
  });

  it('resets stored preferences that no longer pass the schema', async () => {
    storage.of('preferences').set('preferences', { theme: 'neon' });
    expect(value(await host['preferences:get']())).toEqual(DEFAULT_PREFERENCES);
  });
});

describe('the browser host’s pieces', () => {
  it('never lets a failure through as an exception, and words an unknown one plainly', () => {
    expect(describeFailure(new Error('boom'), 'saving the file')).toEqual({ ok: false, error: { code: 'failed', message: 'Something went wrong while saving the file: boom' } });
  });

  it('reaches files in place where the browser can, unless ?host=download says otherwise', () => {
    const fsa = { showOpenFilePicker: () => undefined, showSaveFilePicker: () => undefined };
    expect(browserFileAccess({ search: '' }, fsa)).toBe('file-system-access');
    expect(browserFileAccess({ search: '?host=download' }, fsa)).toBe('download');
    expect(browserFileAccess({ search: '' }, {})).toBe('download');
  });

  it('names a file after the map’s title, safe for any file system', () => {
    expect(suggestedFileName('Home insurance claim')).toBe('Home insurance claim.journey');
    expect(suggestedFileName('B2B: a/b <test>?')).toBe('B2B a b test.journey');
    expect(suggestedFileName('  ')).toBe('Untitled map.journey');
    expect(suggestedFileName('..hidden')).toBe('hidden.journey');
  });
});
