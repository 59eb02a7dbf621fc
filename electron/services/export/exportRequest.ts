import type { ExportFormat } from '../../../shared/host/exportFileName';
import type { ImageExportKind } from '../../../shared/host/hostApi';
import type { PageSize, ReportOptions } from '../../../shared/report/reportOptions';

/** Beyond this a 1,000-step map makes a PNG larger than a browser can paint. */
export const MAX_PNG_SCALE = 8;

/**
 * One export as the command line asks for it, with absolute paths. It is also what the command
 * line hands to the desktop app (`--outside-in-export=`), so it holds every field whatever the format.
 */
export interface ExportRequest {
  readonly input: string;
  readonly format: ExportFormat;
  readonly output: string;
  readonly page: PageSize;
  readonly orientation: ReportOptions['orientation'];
  /** PNG pixels per CSS pixel of the map. */
  readonly scale: number;
}

/** An export a browser renders (the report as a PDF, the map as a PNG or SVG): what the desktop app is handed. The deck and the data are written by the command line itself. */
export interface ReportExportRequest extends ExportRequest {
  readonly format: 'pdf' | Exclude<ImageExportKind, 'pptx'>;
}
