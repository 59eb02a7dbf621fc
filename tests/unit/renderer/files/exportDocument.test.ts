import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../../../shared/host/hostResult';
import { enabled, run } from '../support/commands';
import { useDialogStore } from '../../../../renderer/dialogs/dialogStore';
import { exportImage, exportPdf } from '../../../../renderer/files/exportDocument';
import { openMap } from '../../../../renderer/files/openFile';
import { useSessionStore } from '../../../../renderer/store/sessionStore';
import { startCompare, useCompareStore } from '../../../../renderer/store/compareStore';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { useDocumentStore } from '../../../../renderer/store/documentStore';
import { claimMap } from '../../shared/edit/editSupport';
import { loaded } from '../../support/fixtures';
import { zipEntries } from '../../support/zipEntries';

// The desktop host prints the PDF; here its print is held open until the test lets it finish, as
// a large map's would be for seconds.
let finishPrint: (result: HostResult<string | null>) => void;
let printStarted: () => void;
const printPdf = vi.fn(
  () =>
    new Promise<HostResult<string | null>>((resolve) => {
      finishPrint = resolve;
      printStarted();
    }),
);

/** The host's save of an image or a deck: says it saved, keeps the bytes for the test to read. */
const saveExport = vi.fn((request: { bytes: Uint8Array }) => Promise.resolve<HostResult<string | null>>({ ok: true, value: `saved ${request.bytes.length} bytes` }));

beforeEach(() => {
  printPdf.mockClear();
  saveExport.mockClear();
  vi.stubGlobal('window', { outsideIn: { version: 'test', host: { 'export:pdf': printPdf, 'export:save': saveExport }, onHostMessage: () => () => undefined } });
  openMap(claimMap(), { handle: 'h1', fileName: 'claim.journey' });
  useSessionStore.getState().notify(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Starts File ▸ Export ▸ PDF…, confirms the sheet dialog and waits until the host is printing. The
 * export comes back wrapped: an async function returning a bare promise would wait for it.
 */
async function startPdfExport(): Promise<{ readonly running: Promise<boolean> }> {
  const printing = new Promise<void>((resolve) => {
    printStarted = resolve;
  });
  const running = exportPdf();
  // The sheet dialog is asked for at once, before anything is awaited.
  useDialogStore.getState().dialog?.answer('export');
  await printing;
  return { running };
}

const notice = (): string | null => useSessionStore.getState().notice;

describe('exportPdf', () => {
  it('from the compare view, prints the map after with the map before in the options, for What changed', async () => {
    const now = useDocumentStore.getState().map;
    const before = { ...now, steps: now.steps.slice(1) };
    startCompare({ map: before, name: 'As-is' }, { map: now, name: 'Now', document: now });
    try {
      const { running } = await startPdfExport();
      const [request] = printPdf.mock.calls.at(-1) as unknown as [{ text: string; options: { compare?: { before: string; beforeName: string; afterName: string } } }];
      expect(request.options.compare).toMatchObject({ beforeName: 'As-is', afterName: 'Now' });
      expect(loaded(parse(request.options.compare!.before)).steps).toHaveLength(before.steps.length);
      expect(request.text).toBe(serialise(now));
      finishPrint({ ok: true, value: 'claim.pdf' });
      await running;
    } finally {
      useCompareStore.setState({ comparing: null });
    }
    await startPdfExport().then(({ running }) => {
      expect((printPdf.mock.calls.at(-1) as unknown as [{ options: object }])[0].options).not.toHaveProperty('compare');
      finishPrint({ ok: true, value: 'claim.pdf' });
      return running;
    });
  });

  it('says “Exporting PDF…” while the host prints, then what came of it', async () => {
    const { running } = await startPdfExport();
    expect(notice()).toBe('Exporting PDF…');

    finishPrint({ ok: true, value: 'claim.pdf' });
    expect(await running).toBe(true);
    expect(notice()).toBe('Exported “claim.pdf”.');
  });

  it('disables the Export commands while it runs, so a second Ctrl+Shift+E starts nothing', async () => {
    const { running } = await startPdfExport();
    for (const id of ['file.exportPdf', 'file.exportPng', 'file.exportSvg'] as const) expect(enabled(id), id).toBe(false);
    expect(run('file.exportPdf')).toBe(false);
    // Called directly, past the command's enabled state, it still does nothing.
    expect(await exportPdf()).toBe(false);
    expect(useDialogStore.getState().dialog).toBeNull();
    expect(printPdf).toHaveBeenCalledTimes(1);

    finishPrint({ ok: true, value: 'claim.pdf' });
    await running;
    expect(enabled('file.exportPdf')).toBe(true);
  });

  it('takes the progress notice away when the save dialog was cancelled, and gives the failure when it failed', async () => {
    const { running: cancelled } = await startPdfExport();
    finishPrint({ ok: true, value: null });
    expect(await cancelled).toBe(false);
    expect(notice()).toBeNull();

    const { running: failed } = await startPdfExport();
    finishPrint({ ok: false, error: { code: 'write', message: 'claim.pdf could not be written: the disk is full.' } });
    expect(await failed).toBe(false);
    expect(notice()).toBe('claim.pdf could not be written: the disk is full.');
  });
});

describe('exportImage', () => {
  /** The text of each slide of the deck last saved, in order. */
  const savedSlides = (): string[] => {
    const entries = zipEntries(saveExport.mock.calls.at(-1)![0].bytes);
    return [...entries.keys()]
      .flatMap((name) => {
        const match = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name);
        return match ? [{ number: Number(match[1]), text: [...entries.get(name)!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((found) => found[1]).join(' ') }] : [];
      })
      .sort((a, b) => a.number - b.number)
      .map((slide) => slide.text);
  };

  it('from the compare view, saves the deck of the map after with What changed from the map before after the overview', async () => {
    const now = useDocumentStore.getState().map;
    const before = { ...now, steps: now.steps.slice(1) };
    const added = now.steps[0]!;
    expect(await exportImage('pptx')).toBe(true);
    const plain = savedSlides();
    expect(plain.some((text) => text.includes('WHAT CHANGED'))).toBe(false);

    startCompare({ map: before, name: 'As-is' }, { map: now, name: 'Now', document: now });
    try {
      expect(await exportImage('pptx')).toBe(true);
    } finally {
      useCompareStore.setState({ comparing: null });
    }
    const slides = savedSlides();
    expect(slides).toHaveLength(plain.length + 1);
    expect(slides[3]).toContain('WHAT CHANGED');
    expect(slides[3]).toContain('As-is → Now');
    expect(slides[3]).toContain(`Added ${added.title}`);
  });
});
