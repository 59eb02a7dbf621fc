import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHostHandlers, type HostHandlers, type IpcMainLike } from '../../../../electron/ipc/registerHostHandlers';
import type { IpcEventLike } from '../../../../electron/ipc/senderPolicy';
import { createExportHandlers, EXPORT_FILTERS, type ExportHandlers } from '../../../../electron/main/exportHandlers';
import { atomicWrite, realFs, type AtomicWriteFs } from '../../../../electron/services/atomicWrite';
import { extractMapFromPdf, embedMapInPdf } from '../../../../shared/format/pdfMap';
import type { ExportFormat } from '../../../../shared/host/exportFileName';
import { MAX_EXPORT_BYTES } from '../../../../shared/host/hostApi';
import type { HostResult } from '../../../../shared/host/hostResult';
import type { ReportOptions } from '../../../../shared/report/reportOptions';
import { fixtureText } from '../../support/fixtures';

const MAP_TEXT = fixtureText('examples', 'home-insurance-claim.journey');
const A4_LANDSCAPE: ReportOptions = { page: 'A4', orientation: 'landscape' };

let folder: string;
let chosen: string | null;
let asked: { name: string; format: ExportFormat }[];
let printed: { text: string; options: ReportOptions }[];
let handlers: ExportHandlers;

/** What Chromium's printToPDF gives: a PDF of one page with nothing attached. */
async function blankReport(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([842, 595]);
  return pdf.save();
}

const value = <T>(result: HostResult<T>): T => {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-export-'));
  chosen = join(folder, 'report.pdf');
  asked = [];
  printed = [];
  handlers = createExportHandlers({
    chooseExportPath: async (name, format) => {
      asked.push({ name, format });
      return chosen;
    },
    printReport: async (text, options) => {
      printed.push({ text, options });
      return blankReport();
    },
    embedMapInPdf,
    write: (path, bytes) => atomicWrite(path, bytes),
  });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('export:pdf', () => {
  it('asks where to save under the map’s name as a PDF, prints the report with the chosen sheet, and saves a PDF that carries the map', async () => {
    const name = value(await handlers['export:pdf']({ text: MAP_TEXT, options: { page: 'A3', orientation: 'portrait' }, suggestedName: 'Home insurance claim.journey' }));
    expect(name).toBe('report.pdf');
    expect(asked).toEqual([{ name: 'Home insurance claim.pdf', format: 'pdf' }]);
    expect(printed).toEqual([{ text: MAP_TEXT, options: { page: 'A3', orientation: 'portrait' } }]);
    const saved = new Uint8Array(readFileSync(join(folder, 'report.pdf')));
    expect(new TextDecoder().decode(saved.subarray(0, 5))).toBe('%PDF-');
    expect(await extractMapFromPdf(saved)).toMatchObject({ ok: true, text: MAP_TEXT });
  });

  it('answers null and prints nothing when the save dialog is cancelled', async () => {
    chosen = null;
    expect(value(await handlers['export:pdf']({ text: MAP_TEXT, options: A4_LANDSCAPE, suggestedName: 'claim' }))).toBeNull();
    expect(printed).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses text that is not a valid map before asking anything', async () => {
    const result = await handlers['export:pdf']({ text: '{"format":"something else"}', options: A4_LANDSCAPE, suggestedName: 'claim' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-map' } });
    expect(asked).toEqual([]);
  });

  it('says in plain words when the report cannot be printed, and writes nothing', async () => {
    handlers = createExportHandlers({
      chooseExportPath: async () => chosen,
      printReport: async () => {
        throw new Error('The report page did not start.');
      },
      embedMapInPdf,
      write: (path, bytes) => atomicWrite(path, bytes),
    });
    const result = await handlers['export:pdf']({ text: MAP_TEXT, options: A4_LANDSCAPE, suggestedName: 'claim' });
    expect(result).toEqual({ ok: false, error: { code: 'print-failed', message: 'The report could not be printed: The report page did not start.' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('replaces an existing file whole, and leaves it untouched when the disk is full', async () => {
    writeFileSync(join(folder, 'report.pdf'), 'the old report');
    value(await handlers['export:pdf']({ text: MAP_TEXT, options: A4_LANDSCAPE, suggestedName: 'claim' }));
    expect(readFileSync(join(folder, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    writeFileSync(join(folder, 'report.pdf'), 'the old report');
    const full: AtomicWriteFs = { ...realFs, rename: async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) };
    handlers = createExportHandlers({ chooseExportPath: async () => chosen, printReport: blankReport, embedMapInPdf, write: (path, bytes) => atomicWrite(path, bytes, { fs: full }) });
    const result = await handlers['export:pdf']({ text: MAP_TEXT, options: A4_LANDSCAPE, suggestedName: 'claim' });
    expect(result).toEqual({ ok: false, error: { code: 'ENOSPC', message: 'Could not save "report.pdf": The disk is full. The file on disk was not changed.' } });
    expect(readFileSync(join(folder, 'report.pdf'), 'utf8')).toBe('the old report');
    expect(readdirSync(folder)).toEqual(['report.pdf']);
  });
});

describe('export:save', () => {
  it.each<['png' | 'svg', Uint8Array]>([
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])],
    ['svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ])('saves a %s where the user chose, offering the map’s name with that extension', async (kind, bytes) => {
    chosen = join(folder, `map.${kind}`);
    expect(value(await handlers['export:save']({ kind, bytes, suggestedName: 'Home insurance claim' }))).toBe(`map.${kind}`);
    expect(asked).toEqual([{ name: `Home insurance claim.${kind}`, format: kind }]);
    expect(new Uint8Array(readFileSync(chosen))).toEqual(bytes);
  });

  it('answers null and writes nothing when the save dialog is cancelled', async () => {
    chosen = null;
    expect(value(await handlers['export:save']({ kind: 'svg', bytes: new Uint8Array([60]), suggestedName: 'claim' }))).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('offers each format its own file type in the save dialog', () => {
    expect(EXPORT_FILTERS).toEqual({
      pdf: { name: 'PDF documents', extensions: ['pdf'] },
      png: { name: 'PNG images', extensions: ['png'] },
      svg: { name: 'SVG images', extensions: ['svg'] },
      pptx: { name: 'PowerPoint presentations', extensions: ['pptx'] },
      xlsx: { name: 'Excel workbooks', extensions: ['xlsx'] },
      csv: { name: 'CSV files', extensions: ['csv'] },
      mmd: { name: 'Mermaid diagrams', extensions: ['mmd'] },
    });
  });
});

describe('the export channels behind the IPC gate', () => {
  const mainFrame = { url: 'app://outside-in/index.html' };
  const fromUs: IpcEventLike = { sender: { id: 1, mainFrame }, senderFrame: mainFrame };
  let call: (channel: string, ...args: unknown[]) => Promise<unknown>;

  beforeEach(() => {
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    // Only the export channels are called here; the others stay unanswered.
    registerHostHandlers(ipc, handlers as HostHandlers, () => true);
    call = (channel, ...args) => listeners.get(channel)!(fromUs, ...args);
  });

  it.each([
    ['an unknown page size', { text: MAP_TEXT, options: { page: 'Letter', orientation: 'landscape' }, suggestedName: 'claim' }],
    ['an unknown orientation', { text: MAP_TEXT, options: { page: 'A4', orientation: 'sideways' }, suggestedName: 'claim' }],
    ['a date that is not YYYY-MM-DD', { text: MAP_TEXT, options: { page: 'A4', orientation: 'landscape', date: 'tomorrow' }, suggestedName: 'claim' }],
    ['options with more in them', { text: MAP_TEXT, options: { page: 'A4', orientation: 'landscape', scale: 3 }, suggestedName: 'claim' }],
    ['a path in place of a name', { text: MAP_TEXT, options: A4_LANDSCAPE, suggestedName: 'x'.repeat(256) }],
  ])('refuses a PDF export with %s, before any dialog or printing', async (_, request) => {
    expect(await call('export:pdf', request)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(asked).toEqual([]);
    expect(printed).toEqual([]);
  });

  it.each([
    ['another kind', { kind: 'gif', bytes: new Uint8Array([1]), suggestedName: 'claim' }],
    ['bytes as a plain array', { kind: 'png', bytes: [1, 2, 3], suggestedName: 'claim' }],
    ['a destination path of its own', { kind: 'png', bytes: new Uint8Array([1]), suggestedName: 'claim', path: '/etc/passwd' }],
    ['more bytes than any map makes', { kind: 'png', bytes: new Uint8Array(MAX_EXPORT_BYTES + 1), suggestedName: 'claim' }],
  ])('refuses an image with %s, before any dialog', async (_, request) => {
    expect(await call('export:save', request)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(asked).toEqual([]);
    expect(existsSync(join(folder, 'report.pdf'))).toBe(false);
  });

  it('lets a valid request through to the handler', async () => {
    chosen = join(folder, 'map.svg');
    expect(await call('export:save', { kind: 'svg', bytes: new Uint8Array([60]), suggestedName: 'claim' })).toEqual({ ok: true, value: 'map.svg' });
  });
});
