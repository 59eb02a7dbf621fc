import { PPTX_MEDIA_TYPE } from '../../shared/deck/deckFile';
import type { SavedExportKind } from '../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import type { ReportOptions } from '../../shared/report/reportOptions';
import type { ReportPageApi } from '../../shared/host/reportPageApi';
import { download } from './downloadGateway';
import { isAbort, type FileSystemAccessWindow, type PickerType } from './fsaGateway';

/**
 * What the browser edition does for an export: save an image the page painted, and print the
 * report. A page cannot print a PDF by itself, let alone put the map inside one: the report opens
 * in a tab of its own and the browser's print dialog saves it.
 */
export interface ExportGateway {
  /** Saves an image or data file under a name the user chooses (or downloads it); the name, or null when they cancelled. */
  saveFile(kind: SavedExportKind, bytes: Uint8Array, suggestedName: string): Promise<string | null>;
  /** Opens the report of the map in a new tab, renders it and asks the browser to print it. */
  printReport(journeyText: string, options: ReportOptions): Promise<HostResult<null>>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SAVED_TYPES: Readonly<Record<SavedExportKind, { readonly mime: string; readonly picker: PickerType }>> = {
  png: { mime: 'image/png', picker: { description: 'PNG images', accept: { 'image/png': ['.png'] } } },
  svg: { mime: 'image/svg+xml', picker: { description: 'SVG images', accept: { 'image/svg+xml': ['.svg'] } } },
  pptx: { mime: PPTX_MEDIA_TYPE, picker: { description: 'PowerPoint presentations', accept: { [PPTX_MEDIA_TYPE]: ['.pptx'] } } },
  xlsx: { mime: XLSX_TYPE, picker: { description: 'Excel workbooks', accept: { [XLSX_TYPE]: ['.xlsx'] } } },
  csv: { mime: 'text/csv', picker: { description: 'CSV files', accept: { 'text/csv': ['.csv'] } } },
  mmd: { mime: 'text/plain', picker: { description: 'Mermaid diagrams', accept: { 'text/plain': ['.mmd'] } } },
};

/** The bytes in an ArrayBuffer of their own, as Blob and the file writer take them (never a shared one). */
const ownBuffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** How long the report tab may take to load and install `window.outsideInReport`. */
const REPORT_START_MS = 15_000;

/** The report page's API in `tab` once the page has installed it; null when it did not within the time. */
function reportApiOf(tab: Window): Promise<ReportPageApi | null> {
  const started = Date.now();
  return new Promise((resolve) => {
    const look = (): void => {
      const api = tab.closed ? undefined : tab.outsideInReport;
      if (api) resolve(api);
      else if (tab.closed || Date.now() - started > REPORT_START_MS) resolve(null);
      else setTimeout(look, 50);
    };
    look();
  });
}

/** Opens report.html beside the app's page, renders the map there and opens the browser's print dialog for it. */
async function printInNewTab(journeyText: string, options: ReportOptions): Promise<HostResult<null>> {
  // Same origin and without noopener: the app's page must reach the tab's report API.
  const tab = window.open(new URL('report.html', window.location.href).href, '_blank');
  if (!tab) return fail('popup-blocked', 'The browser blocked the report’s new tab: allow pop-ups for this page, then export again.');
  const report = await reportApiOf(tab);
  if (!report) return fail('report-failed', tab.closed ? 'The report’s tab was closed before the report was ready.' : 'The report page did not start in its tab.');
  const rendered = await report.render(journeyText, options);
  if (!rendered.ok) return fail('report-failed', `The report could not be shown: ${rendered.message}`);
  tab.focus();
  tab.print();
  return succeed(null);
}

/** Exports as downloads, where the browser has no save picker (or `?host=download` asks for downloads). */
export function downloadExportGateway(): ExportGateway {
  return {
    async saveFile(kind, bytes, suggestedName) {
      download(suggestedName, new Blob([ownBuffer(bytes)], { type: SAVED_TYPES[kind].mime }));
      return suggestedName;
    },
    printReport: printInNewTab,
  };
}

/** Exports saved where the user picks with the File System Access save picker. */
export function fsaExportGateway(scope: FileSystemAccessWindow = window as unknown as FileSystemAccessWindow): ExportGateway {
  return {
    async saveFile(kind, bytes, suggestedName) {
      let ref: FileSystemFileHandle;
      try {
        ref = await scope.showSaveFilePicker({ types: [SAVED_TYPES[kind].picker], suggestedName });
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
      const stream = await ref.createWritable();
      try {
        await stream.write(ownBuffer(bytes));
        await stream.close();
      } catch (error) {
        // The browser writes to a temporary file and swaps it in on close; aborting keeps the original.
        await stream.abort().catch(() => undefined);
        throw error;
      }
      return ref.name;
    },
    printReport: printInNewTab,
  };
}
