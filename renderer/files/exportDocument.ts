import type { JourneyMap } from '../../shared/model/journeyMap';
import { MAP_LIMITS } from '../../shared/model/limits';
import { serialise } from '../../shared/format/serialise';
import { isoDay } from '../../shared/report/isoDay';
import { dataExportBytes } from '../../shared/format/exports/dataExport';
import type { DataExportKind, ImageExportKind, SavedExportKind } from '../../shared/host/hostApi';
import type { HostResult } from '../../shared/host/hostResult';
import { PAGE_SIZES, type PageSize, type ReportOptions } from '../../shared/report/reportOptions';
import { askWithFields } from '../dialogs/dialogStore';
import { getHost, isDesktopHost } from '../host/host';
import { usePreferencesStore } from '../preferences/preferencesStore';
import { useCompareStore } from '../store/compareStore';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useFileStore } from './fileState';

// File ▸ Export: the report as a PDF, the map alone as a PNG or an SVG, or its data for other
// tools (an Excel workbook, a CSV of its steps, a Mermaid journey). The desktop host prints
// the PDF itself, with the map inside it; the browser edition can only hand the report to the
// browser's print dialog. One export runs at a time, said in the status notice while it runs (a
// large map's PDF takes seconds); none throws.

/** How the last PDF of this session was laid out: the next one starts from it. */
let lastLayout: Pick<ReportOptions, 'page' | 'orientation'> | null = null;

const ORIENTATIONS: readonly ReportOptions['orientation'][] = ['landscape', 'portrait'];

/** What the browser edition says once the report is in its tab. */
export const BROWSER_PDF_NOTICE =
  'The report opened in a new tab: choose “Save as PDF” in its print dialog. A PDF with the map inside it comes from the desktop app or `npm run cli -- export`.';

const notify = (notice: string | null): void => useSessionStore.getState().notify(notice);
const failureText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The name the export is offered under: the map's file name, or its title when it has no file. */
const suggestedName = (): string => useFileStore.getState().fileName ?? useDocumentStore.getState().map.title;

/** Runs an export unless one is under way; the session's flag disables the Export commands meanwhile. */
async function exclusive(act: () => Promise<boolean>): Promise<boolean> {
  if (useSessionStore.getState().exporting) return false;
  useSessionStore.getState().setExporting(true);
  try {
    return await act();
  } finally {
    useSessionStore.getState().setExporting(false);
  }
}

/** Says “Exporting PNG…” until `act` ends; the notice `act` gives with its result replaces it, or it goes. */
async function announced(kind: string, act: () => Promise<boolean>): Promise<boolean> {
  const progress = `Exporting ${kind}…`;
  notify(progress);
  try {
    return await act();
  } finally {
    if (useSessionStore.getState().notice === progress) notify(null);
  }
}

/** A host call's result; a call that throws anyway (a broken bridge) is a failure like any other. */
async function settled<T>(call: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: failureText(error) } };
  }
}

/** Asks for the sheet: the size and orientation of the last PDF, or the preferred size in landscape. */
async function askLayout(): Promise<Pick<ReportOptions, 'page' | 'orientation'> | null> {
  const start = lastLayout ?? { page: usePreferencesStore.getState().preferences.pdfPageSize, orientation: 'landscape' as const };
  const desktop = isDesktopHost();
  const { choice, values } = await askWithFields({
    title: 'Export PDF',
    message: desktop
      ? 'The report of this map: a cover, the map, coverage and gaps, and every step. The map travels inside the PDF, so the PDF opens again as this map.'
      : 'The report of this map opens in a new tab, ready to print or save as a PDF.',
    fields: [
      { name: 'page', legend: 'Page size', options: PAGE_SIZES.map((page) => ({ value: page, label: page })), value: start.page },
      {
        name: 'orientation',
        legend: 'Orientation',
        options: [
          { value: 'landscape', label: 'Landscape' },
          { value: 'portrait', label: 'Portrait' },
        ],
        value: start.orientation,
      },
    ],
    choices: [
      { id: 'cancel', label: 'Cancel' },
      { id: 'export', label: desktop ? 'Export…' : 'Open Report', primary: true },
    ],
    cancel: 'cancel',
  });
  if (choice !== 'export') return null;
  const page = PAGE_SIZES.find((size): size is PageSize => size === values.page) ?? start.page;
  const orientation = ORIENTATIONS.find((candidate) => candidate === values.orientation) ?? start.orientation;
  lastLayout = { page, orientation };
  return lastLayout;
}

/** File ▸ Export ▸ PDF…: asks for the sheet, then has the host print the report and save it. Whether a PDF was saved or handed to the browser. */
export const exportPdf = (): Promise<boolean> =>
  exclusive(async () => {
    const layout = await askLayout();
    if (!layout) return false;
    return announced('PDF', async () => {
      const { text, options } = reportRequest(layout);
      const result = await settled(() => getHost()['export:pdf']({ text, options, suggestedName: suggestedName() }));
      if (!result.ok) {
        // The host's message names the file and the reason (a full disk, a blocked tab) in plain words.
        notify(result.error.message);
        return false;
      }
      if (result.value !== null) notify(`Exported “${result.value}”.`);
      else if (!isDesktopHost()) notify(BROWSER_PDF_NOTICE);
      return result.value !== null || !isDesktopHost();
    });
  });

/**
 * The map the PDF carries and its options. From the compare view, the map after (the whole
 * document when that is the map as it is now) with the map before in the options, for What changed.
 */
function reportRequest(layout: Pick<ReportOptions, 'page' | 'orientation'>): { text: string; options: ReportOptions } {
  const comparing = useCompareStore.getState().comparing;
  if (!comparing) return { text: serialise(useDocumentStore.getState().map), options: layout };
  const { before, after } = comparing;
  return {
    text: serialise(after.document ?? after.map),
    options: { ...layout, compare: { before: serialise(before.map), beforeName: before.name.slice(0, MAP_LIMITS.titleLength), afterName: after.name.slice(0, MAP_LIMITS.titleLength) } },
  };
}

const KIND_WORDS: Readonly<Record<ImageExportKind, 'PNG' | 'SVG' | 'PowerPoint'>> = { png: 'PNG', svg: 'SVG', pptx: 'PowerPoint' };

/** Has the host save bytes the page made; says what was saved, or why not. Whether it was saved. */
async function saveExport(kind: SavedExportKind, bytes: Uint8Array, savedNotice: (name: string) => string = (name) => `Exported “${name}”.`): Promise<boolean> {
  const result = await settled(() => getHost()['export:save']({ kind, bytes, suggestedName: suggestedName() }));
  if (!result.ok) {
    notify(result.error.message);
    return false;
  }
  if (result.value === null) return false;
  notify(savedNotice(result.value));
  return true;
}

/** File ▸ Export ▸ PNG…, SVG… or PowerPoint…: paints the map alone, or lays out the deck, and has the host save it. Whether it was saved. */
export const exportImage = (kind: ImageExportKind): Promise<boolean> =>
  exclusive(() =>
    announced(KIND_WORDS[kind], async () => {
      const { map } = useDocumentStore.getState();
      let bytes: Uint8Array;
      try {
        bytes = kind === 'pptx' ? await deckFileOf() : await paintMapFile(kind, map);
      } catch (error) {
        notify(kind === 'pptx' ? `The deck could not be made: ${failureText(error)}` : `The ${kind.toUpperCase()} could not be drawn: ${failureText(error)}`);
        return false;
      }
      return saveExport(kind, bytes);
    }),
  );

const DATA_NAMES: Readonly<Record<DataExportKind, string>> = { xlsx: 'Excel workbook', csv: 'CSV', mmd: 'Mermaid journey' };

/** What a CSV export adds to "Exported": a CSV holds the steps alone. */
const CSV_NOTICE = (name: string): string => `Exported “${name}”: the steps, one a row. Export Excel to take the stages’ columns, personas and opportunities too.`;

/** File ▸ Export ▸ Excel…, CSV… or Mermaid…: the map as data for other tools, saved by the host. Whether it was saved. */
export const exportData = (kind: DataExportKind): Promise<boolean> =>
  exclusive(() =>
    announced(DATA_NAMES[kind], async () => {
      let bytes: Uint8Array;
      try {
        bytes = await dataExportBytes(useDocumentStore.getState().map, kind);
      } catch (error) {
        notify(`The ${DATA_NAMES[kind]} could not be written: ${failureText(error)}`);
        return false;
      }
      return saveExport(kind, bytes, kind === 'csv' ? CSV_NOTICE : undefined);
    }),
  );

/**
 * The map's PowerPoint deck, dated today; pptxgenjs loads on first use, as the painters do. From
 * the compare view, the deck of the map after (the whole document when that is the map as it is
 * now) with What changed from the map before, as the PDF is made (reportRequest).
 */
async function deckFileOf(): Promise<Uint8Array> {
  // What is on screen when the command is chosen: the compare may end while the modules load.
  const comparing = useCompareStore.getState().comparing;
  const map = comparing ? (comparing.after.document ?? comparing.after.map) : useDocumentStore.getState().map;
  const compare = comparing ? { before: comparing.before.map, beforeName: comparing.before.name.slice(0, MAP_LIMITS.titleLength), afterName: comparing.after.name.slice(0, MAP_LIMITS.titleLength) } : undefined;
  const [{ default: PptxGenJS }, { deckPresentation }] = await Promise.all([import('pptxgenjs'), import('../../shared/deck/deckFile')]);
  const written = await deckPresentation(map, isoDay(new Date()), PptxGenJS, compare).write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('the deck was not written as bytes');
  return written;
}

/**
 * The map as a PNG or SVG file. The painters load on first use: they bring react-dom/server and the
 * fonts as base64, which neither the editor's start nor the printed report needs.
 */
async function paintMapFile(kind: 'png' | 'svg', map: JourneyMap): Promise<Uint8Array> {
  if (kind === 'png') return (await import('../report/mapPng')).mapPng(map);
  return new TextEncoder().encode((await import('../report/standaloneSvg')).mapSvgDocument(map));
}
