import { basename } from 'node:path';
import { parse } from '../../shared/format/parse';
import { exportFileName, type ExportFormat } from '../../shared/host/exportFileName';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { ReportOptions } from '../../shared/report/reportOptions';
import type { HostHandlers } from '../ipc/registerHostHandlers';
import { AtomicWriteError } from '../services/atomicWrite';

/** The host channels that export a map: a PDF report, or a PNG or SVG image. */
export type ExportHandlers = Pick<HostHandlers, 'export:pdf' | 'export:save'>;

/** What the export handlers work with, injected so they are tested without Electron. */
export interface ExportHandlerDeps {
  /** Where the user chose to save an export of this format (the dialog has asked about replacing), or null when they cancelled. */
  chooseExportPath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** The report of a map printed to PDF bytes; throws with a plain message when it cannot be printed. */
  printReport(journeyText: string, options: ReportOptions): Promise<Uint8Array>;
  /** The PDF with the map attached, so opening the PDF gives the map back. */
  embedMapInPdf(pdf: Uint8Array, journeyText: string, map: JourneyMap): Promise<Uint8Array>;
  /** Writes a whole file or leaves the old one (atomicWrite). */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

/** Writes through `write`, turning a careful write's failure into the plain result the page shows. */
async function saved(write: ExportHandlerDeps['write'], path: string, bytes: Uint8Array): Promise<HostResult<string>> {
  try {
    await write(path, bytes);
  } catch (error) {
    if (error instanceof AtomicWriteError) return fail(error.code, error.message);
    throw error;
  }
  return succeed(basename(path));
}

/**
 * The Electron host's exports. The PDF is printed by the report page and carries the map's file
 * inside it; images come painted by the page. Either is written only where the user chose, all
 * or nothing, and the answer is the saved file's name.
 */
export function createExportHandlers({ chooseExportPath, printReport, embedMapInPdf, write }: ExportHandlerDeps): ExportHandlers {
  return {
    'export:pdf': async ({ text, options, suggestedName }) => {
      const map = parse(text);
      if (!map.ok) return fail('invalid-map', `The map could not be exported: ${map.problems[0]!.message}`);
      const path = await chooseExportPath(exportFileName(suggestedName, 'pdf'), 'pdf');
      if (path === null) return succeed(null);
      let pdf: Uint8Array;
      try {
        pdf = await embedMapInPdf(await printReport(text, options), text, map.value);
      } catch (error) {
        return fail('print-failed', `The report could not be printed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return saved(write, path, pdf);
    },
    'export:save': async ({ kind, bytes, suggestedName }) => {
      const path = await chooseExportPath(exportFileName(suggestedName, kind), kind);
      if (path === null) return succeed(null);
      return saved(write, path, bytes);
    },
  };
}

/** The save dialog's file type for each export format. */
export const EXPORT_FILTERS: Readonly<Record<ExportFormat, { readonly name: string; readonly extensions: string[] }>> = {
  pdf: { name: 'PDF documents', extensions: ['pdf'] },
  png: { name: 'PNG images', extensions: ['png'] },
  svg: { name: 'SVG images', extensions: ['svg'] },
  pptx: { name: 'PowerPoint presentations', extensions: ['pptx'] },
  xlsx: { name: 'Excel workbooks', extensions: ['xlsx'] },
  csv: { name: 'CSV files', extensions: ['csv'] },
  mmd: { name: 'Mermaid diagrams', extensions: ['mmd'] },
};
