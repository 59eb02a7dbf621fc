import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentRegistry } from '../../../../electron/main/documentRegistry';
import { createHostHandlers, type FileDialogs } from '../../../../electron/main/hostHandlers';
import { createRecoveryStore } from '../../../../electron/services/recoveryStore';
import { openSettings } from '../../../../electron/services/settings';
import { unknownTypeMessage } from '../../../../shared/format/importers';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import type { OpenedDocument } from '../../../../shared/host/hostApi';
import type { HostResult } from '../../../../shared/host/hostResult';
import { fixtureText, loaded } from '../../support/fixtures';
import { onePagePdf, outsideInPdf } from '../../support/pdfs';

// electron-store (under the settings) imports Electron for defaults the settings do not use.
vi.mock('electron', () => ({ default: {} }));

let folder: string;
let handlers: ReturnType<typeof createHostHandlers>;
let toOpen: string | null;
let toSave: string | null;
let suggested: string | null;
let pending: string[];
let revealed: string[];

const MAP_TEXT = fixtureText('examples', 'home-insurance-claim.journey');
const edited = (title: string): string => serialise({ ...loaded(parse(MAP_TEXT)), title });
const value = <T>(result: HostResult<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-host-'));
  toOpen = null;
  toSave = null;
  suggested = null;
  pending = [];
  revealed = [];
  const dialogs: FileDialogs = {
    chooseFileToOpen: async () => toOpen,
    chooseFileToSave: async (name) => {
      suggested = name;
      return toSave;
    },
  };
  handlers = createHostHandlers({
    dialogs,
    registry: createDocumentRegistry(),
    settings: await openSettings({ folder: join(folder, 'user-data') }),
    recovery: createRecoveryStore(join(folder, 'user-data', 'recovery')),
    takePendingPaths: () => pending.splice(0),
    revealFile: (path) => void revealed.push(path),
  });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Opens the file the dialog is set to choose; fails the test when nothing opened or it came without a handle. */
async function openChosen(): Promise<OpenedDocument & { handle: string }> {
  const opened = value(await handlers['file:open']());
  if (!opened) throw new Error('nothing was opened');
  const { handle } = opened;
  if (handle === null) throw new Error('the file was opened without a handle');
  return { ...opened, handle };
}

function mapFile(name = 'claim.journey', text = MAP_TEXT): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('opening', () => {
  it('answers null when the person cancels the dialog', async () => {
    expect(await handlers['file:open']()).toEqual({ ok: true, value: null });
  });

  it('opens a map the person chose, with a handle, and lists it as recent', async () => {
    toOpen = mapFile();
    const opened = await openChosen();
    expect(opened).toMatchObject({ name: 'claim.journey', text: MAP_TEXT });
    expect(opened.handle).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value(await handlers['recent:list']())).toEqual([{ path: toOpen, name: 'claim.journey' }]);
  });

  it('refuses a file that is not a valid map, naming the problem, and gives it no handle', async () => {
    toOpen = mapFile('broken.journey', '{"format":"outside-in.journey","version":1,"map":{"id":"m","lanes":[],"steps":[{"id":"s","laneId":"x","column":0}]}}');
    const result = await handlers['file:open']();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-map' } });
    expect(!result.ok && result.error.message).toContain('Could not open "broken.journey": Step "s" is in lane "x"');
    expect(value(await handlers['recent:list']())).toEqual([]);
  });

  it('opens a map saved under another name by what it holds, in place', async () => {
    toOpen = mapFile('claim.txt');
    expect(await openChosen()).toMatchObject({ name: 'claim.txt', text: MAP_TEXT });
  });

  it('refuses a file of a kind it does not know, naming the kinds it opens', async () => {
    toOpen = mapFile('notes.txt', 'Call the assessor back on Monday.');
    expect(await handlers['file:open']()).toEqual({ ok: false, error: { code: 'invalid-map', message: `Could not open "notes.txt": ${unknownTypeMessage()}` } });
    expect(value(await handlers['recent:list']())).toEqual([]);
  });

  it('opens a recent file only when it is in the list, and forgets one that is gone', async () => {
    const path = mapFile();
    expect(await handlers['file:openRecent'](path)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    toOpen = path;
    await openChosen();
    expect(value(await handlers['file:openRecent'](path)).name).toBe('claim.journey');
    rmSync(path);
    expect(await handlers['file:openRecent'](path)).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(value(await handlers['recent:list']())).toEqual([]);
  });
});

describe('opening a PDF exported by Outside-In', () => {
  const pdfFile = async (name: string, bytes: Promise<Uint8Array>): Promise<string> => {
    const path = join(folder, name);
    writeFileSync(path, await bytes);
    return path;
  };

  it('gives the map back exactly, without a handle, named like the PDF, and leaves the PDF alone', async () => {
    const pdf = await outsideInPdf(MAP_TEXT);
    toOpen = await pdfFile('Claim report.pdf', Promise.resolve(pdf));
    expect(value(await handlers['file:open']())).toEqual({ handle: null, name: 'Claim report.journey', text: MAP_TEXT });
    expect(new Uint8Array(readFileSync(toOpen))).toEqual(pdf);
    expect(value(await handlers['recent:list']())).toEqual([{ path: toOpen, name: 'Claim report.pdf' }]);
  });

  it('opens it again from the recent files, still without a handle', async () => {
    toOpen = await pdfFile('claim.pdf', outsideInPdf(MAP_TEXT));
    await handlers['file:open']();
    expect(value(await handlers['file:openRecent'](toOpen))).toEqual({ handle: null, name: 'claim.journey', text: MAP_TEXT });
  });

  it('saves the map only where the person chooses, never over the PDF', async () => {
    const pdf = await outsideInPdf(MAP_TEXT);
    toOpen = await pdfFile('claim.pdf', Promise.resolve(pdf));
    const opened = value(await handlers['file:open']());
    toSave = join(folder, 'claim.journey');
    value(await handlers['file:saveAs']({ text: edited('Saved from the PDF'), suggestedName: opened!.name }));
    expect(suggested).toBe('claim.journey');
    expect(readFileSync(toSave, 'utf8')).toBe(edited('Saved from the PDF'));
    expect(new Uint8Array(readFileSync(toOpen))).toEqual(pdf);
  });

  it('refuses a PDF without a map in plain words, and does not list it', async () => {
    toOpen = await pdfFile('minutes.pdf', onePagePdf());
    const result = await handlers['file:open']();
    expect(result).toEqual({ ok: false, error: { code: 'invalid-map', message: 'Could not open "minutes.pdf": This PDF carries no map: only PDFs exported by Outside-In can be opened.' } });
    expect(value(await handlers['recent:list']())).toEqual([]);
  });

  it('takes a PDF given from outside like a .journey', async () => {
    pending = [await pdfFile('claim.pdf', outsideInPdf(MAP_TEXT))];
    expect(value(await handlers['file:takePending']()).opened).toEqual([{ handle: null, name: 'claim.journey', text: MAP_TEXT }]);
  });
});

describe('choosing a file to import (File ▸ Import… of the native menu)', () => {
  it('reads the file the person chose in the desktop’s own dialog, and leaves the recent files alone', async () => {
    toOpen = join(folder, 'claims.bpmn');
    writeFileSync(toOpen, '<definitions/>');
    const chosen = value(await handlers['file:chooseImport']());
    expect(chosen?.name).toBe('claims.bpmn');
    expect(new TextDecoder().decode(chosen!.bytes)).toBe('<definitions/>');
    expect(value(await handlers['recent:list']())).toEqual([]);
  });

  it('answers null when the person cancels, and says why a file cannot be read', async () => {
    expect(await handlers['file:chooseImport']()).toEqual({ ok: true, value: null });
    toOpen = join(folder, 'gone.bpmn');
    const result = await handlers['file:chooseImport']();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^Could not open "gone\.bpmn": /);
  });
});

describe('files given from outside', () => {
  it('opens those waiting for the page once, and says which could not be read', async () => {
    pending = [mapFile(), join(folder, 'gone.journey')];
    const { opened, failures } = value(await handlers['file:takePending']());
    expect(opened.map((document) => document.name)).toEqual(['claim.journey']);
    expect(failures).toEqual([{ name: 'gone.journey', message: expect.stringContaining('Could not open "gone.journey"') }]);
    expect(value(await handlers['file:takePending']())).toEqual({ opened: [], failures: [] });
  });
});

describe('saving', () => {
  it('saves in place, keeps the previous version beside it, and can save again', async () => {
    toOpen = mapFile();
    const { handle } = await openChosen();
    expect(value(await handlers['file:save']({ handle, text: edited('First') }))).toEqual({ handle, name: 'claim.journey' });
    expect(readFileSync(toOpen, 'utf8')).toBe(edited('First'));
    expect(readFileSync(`${toOpen}.bak`, 'utf8')).toBe(MAP_TEXT);
    value(await handlers['file:save']({ handle, text: edited('Second') }));
    expect(readFileSync(toOpen, 'utf8')).toBe(edited('Second'));
  });

  it('refuses to overwrite a file that changed on disk since it was opened, until told to', async () => {
    toOpen = mapFile();
    const { handle } = await openChosen();
    writeFileSync(toOpen, edited('Changed by someone else'));
    expect(await handlers['file:save']({ handle, text: edited('Mine') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(toOpen, 'utf8')).toBe(edited('Changed by someone else'));
    value(await handlers['file:save']({ handle, text: edited('Mine'), overwrite: true }));
    expect(readFileSync(toOpen, 'utf8')).toBe(edited('Mine'));
  });

  it('refuses text that is not a valid map and leaves the file alone', async () => {
    toOpen = mapFile();
    const { handle } = await openChosen();
    expect(await handlers['file:save']({ handle, text: '{"half":' })).toMatchObject({ ok: false, error: { code: 'invalid-map' } });
    expect(readFileSync(toOpen, 'utf8')).toBe(MAP_TEXT);
  });

  it('knows no handle it did not give out', async () => {
    expect(await handlers['file:save']({ handle: 'made-up', text: MAP_TEXT })).toMatchObject({ ok: false, error: { code: 'unknown-document' } });
  });

  it('saves as a new file the person chose, named from the title, and then saves there', async () => {
    expect(await handlers['file:saveAs']({ text: MAP_TEXT, suggestedName: 'Home insurance: claim?' })).toEqual({ ok: true, value: null });
    expect(suggested).toBe('Home insurance claim.journey');
    toSave = join(folder, 'copy.journey');
    const saved = value(await handlers['file:saveAs']({ text: MAP_TEXT, suggestedName: 'Home insurance claim' }))!;
    expect(saved.name).toBe('copy.journey');
    expect(readFileSync(toSave, 'utf8')).toBe(MAP_TEXT);
    value(await handlers['file:save']({ handle: saved.handle, text: edited('Again') }));
    expect(readFileSync(toSave, 'utf8')).toBe(edited('Again'));
  });

  it('reverts to the file as it is on disk', async () => {
    toOpen = mapFile();
    const { handle } = await openChosen();
    writeFileSync(toOpen, edited('On disk'));
    expect(value(await handlers['file:revert'](handle)).text).toBe(edited('On disk'));
  });
});

describe('recovery and preferences', () => {
  it('keeps a recovery copy with its file, lists it without its text, hands it back with a handle, and discards it', async () => {
    toOpen = mapFile();
    const { handle } = await openChosen();
    value(await handlers['recovery:write']({ documentId: 'doc-1', title: 'Home insurance claim', fileName: 'claim.journey', text: edited('Unsaved'), handle }));
    const listed = value(await handlers['recovery:list']());
    expect(listed).toEqual({ copies: [{ documentId: 'doc-1', title: 'Home insurance claim', fileName: 'claim.journey', updatedAt: expect.any(String) }], unreadable: [], more: 0, next: null });
    const copy = value(await handlers['recovery:read']('doc-1'));
    expect(copy).toMatchObject({ documentId: 'doc-1', title: 'Home insurance claim', fileName: 'claim.journey', text: edited('Unsaved') });
    value(await handlers['file:save']({ handle: copy.handle!, text: copy.text }));
    expect(readFileSync(toOpen, 'utf8')).toBe(edited('Unsaved'));
    value(await handlers['recovery:discard']('doc-1'));
    expect(value(await handlers['recovery:list']())).toEqual({ copies: [], unreadable: [], more: 0, next: null });
    expect(await handlers['recovery:read']('doc-1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps a copy of an untitled map without a file', async () => {
    value(await handlers['recovery:write']({ documentId: 'doc-2', title: 'Draft', fileName: null, text: MAP_TEXT, handle: null }));
    expect(value(await handlers['recovery:list']()).copies).toEqual([expect.objectContaining({ documentId: 'doc-2', fileName: null })]);
    expect(value(await handlers['recovery:read']('doc-2'))).toMatchObject({ documentId: 'doc-2', handle: null, text: MAP_TEXT });
  });

  it('lists damaged and newer copies for what they are, keeps them, and shows their files', async () => {
    value(await handlers['recovery:write']({ documentId: 'good', title: 'Draft', fileName: null, text: MAP_TEXT, handle: null }));
    const recoveryFolder = join(folder, 'user-data', 'recovery');
    writeFileSync(join(recoveryFolder, 'broken.json'), '{"format":"outside-in.recovery", "ver');
    writeFileSync(join(recoveryFolder, 'later.json'), JSON.stringify({ format: 'outside-in.recovery', version: 2, documentId: 'later', title: 'Claim', updatedAt: '2026-05-03T12:00:00.000Z' }));
    const listed = value(await handlers['recovery:list']());
    expect(listed.copies.map((copy) => copy.documentId)).toEqual(['good']);
    expect([...listed.unreadable].sort((a, b) => (a.documentId < b.documentId ? -1 : 1))).toEqual([
      { documentId: 'broken', kind: 'damaged', title: null, updatedAt: null, message: 'The recovery copy is damaged: it is not valid JSON.' },
      { documentId: 'later', kind: 'newer', title: 'Claim', updatedAt: '2026-05-03T12:00:00.000Z', message: expect.stringContaining('newer version of Outside-In') },
    ]);
    expect(await handlers['recovery:read']('broken')).toMatchObject({ ok: false, error: { code: 'damaged', message: 'The recovery copy is damaged: it is not valid JSON.' } });
    expect(await handlers['recovery:read']('later')).toMatchObject({ ok: false, error: { code: 'newer' } });

    value(await handlers['recovery:reveal']('broken'));
    expect(revealed).toEqual([join(recoveryFolder, 'broken.json')]);
    expect(await handlers['recovery:reveal']('gone')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(existsSync(join(recoveryFolder, 'broken.json'))).toBe(true);
  });

  it('pages a long list, so the answer stays small', async () => {
    for (let index = 0; index < 25; index++) value(await handlers['recovery:write']({ documentId: `d${index}`, title: `Draft ${index}`, fileName: null, text: MAP_TEXT, handle: null }));
    const first = value(await handlers['recovery:list']());
    expect(first.copies).toHaveLength(20);
    expect(first.more).toBe(5);
    const second = value(await handlers['recovery:list']({ after: first.next }));
    expect(second).toMatchObject({ more: 0, next: null });
    expect(new Set([...first.copies, ...second.copies].map((copy) => copy.documentId)).size).toBe(25);
  });

  it('reads and changes preferences, refusing what breaks a rule', async () => {
    expect(value(await handlers['preferences:get']())).toEqual({ theme: 'system', pdfPageSize: 'A4', autosaveDelayMs: 2000, outlineWidth: 260, outlineShown: true, sidebarShown: true, presentationStage: 'dark' });
    expect(value(await handlers['preferences:set']({ theme: 'dark' }))).toMatchObject({ theme: 'dark' });
    expect((await handlers['preferences:set']({ autosaveDelayMs: 5 })).ok).toBe(false);
    expect(existsSync(join(folder, 'user-data', 'config.json'))).toBe(true);
  });
});
