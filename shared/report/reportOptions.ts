import { z } from 'zod';
import { MAP_LIMITS } from '../model/limits';

/** Paper sizes a report is laid out for. */
export type PageSize = 'A4' | 'A3';
export const PAGE_SIZES: readonly PageSize[] = ['A4', 'A3'];

/** Paper dimensions in millimetres, portrait (width < height). */
export const PAGE_MILLIMETRES: Readonly<Record<PageSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};

/** How a report is printed. Landscape by default: a journey runs left to right. */
export interface ReportOptions {
  readonly page: PageSize;
  readonly orientation: 'landscape' | 'portrait';
  /** The date on the cover, `YYYY-MM-DD`; the day of the export when absent. */
  readonly date?: string;
  /** Exported from the compare view: the map before (the report's map is the one after), and what each side is called; adds What changed. */
  readonly compare?: ReportCompare;
}

/** The other side of a compare, for the report's What changed section. */
export interface ReportCompare {
  /** The map before, as `.journey` text. */
  readonly before: string;
  readonly beforeName: string;
  readonly afterName: string;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { page: 'A4', orientation: 'landscape' };

/** Options as they cross from a command line or another process into the report page. */
export const reportOptionsSchema = z
  .object({
    page: z.enum(['A4', 'A3']),
    orientation: z.enum(['landscape', 'portrait']),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    compare: z
      .object({ before: z.string().max(MAP_LIMITS.fileBytes), beforeName: z.string().max(MAP_LIMITS.titleLength), afterName: z.string().max(MAP_LIMITS.titleLength) })
      .strict()
      .optional(),
  })
  .strict();

/** The sheet's width and height in millimetres as printed. */
export function sheetMillimetres(options: Pick<ReportOptions, 'page' | 'orientation'>): { width: number; height: number } {
  const { width, height } = PAGE_MILLIMETRES[options.page];
  return options.orientation === 'landscape' ? { width: height, height: width } : { width, height };
}
