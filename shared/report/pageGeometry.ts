import { sheetMillimetres, type ReportOptions } from './reportOptions';

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;
/** CSS pixels per typographic point. */
export const PX_PER_PT = 96 / 72;
/** No text of the report is printed smaller than this, however wide the map. */
export const MIN_PRINTED_TEXT_PT = 7;
/** The overview page sets its step titles no smaller than this: shortened rather than smaller. */
export const MIN_OVERVIEW_TEXT_PT = 6;

/** The report's page margins in millimetres; the bottom one holds the footer (map title, page numbers). */
export const PAGE_MARGIN_MM = { top: 12, right: 12, bottom: 16, left: 12 } as const;

/** A page's printable box in CSS pixels, inside the margins. */
export interface PageArea {
  readonly width: number;
  readonly height: number;
}

/** The box inside the margins of one sheet, in CSS pixels: what a page of the report may fill. */
export function pageArea(options: Pick<ReportOptions, 'page' | 'orientation'>): PageArea {
  const sheet = sheetMillimetres(options);
  return {
    width: Math.floor((sheet.width - PAGE_MARGIN_MM.left - PAGE_MARGIN_MM.right) * PX_PER_MM),
    height: Math.floor((sheet.height - PAGE_MARGIN_MM.top - PAGE_MARGIN_MM.bottom) * PX_PER_MM),
  };
}
