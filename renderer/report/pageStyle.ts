import { PAGE_MARGIN_MM, pageArea } from '../../shared/report/pageGeometry';
import { sheetMillimetres, type ReportOptions } from '../../shared/report/reportOptions';
import { shortened } from '../../shared/words/shortened';

/** The footer names the map on one line beside the page number: a longer title is cut. */
const FOOTER_TITLE_LIMIT = 90;

/** A text as a CSS string literal, safe inside `content: …`: a line break would end the string, so it becomes a space. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/\s+/g, ' ')}"`;
}

/**
 * The print rules that depend on the options and the map: the sheet (`@page` size and margins),
 * the footer in the page-margin boxes (map title left, page numbers right, both in Inter), and the
 * sheet's measures as custom properties for the on-screen preview and the sections that size
 * themselves to the page.
 */
export function pageStyle(options: Pick<ReportOptions, 'page' | 'orientation'>, mapTitle: string): string {
  const sheet = sheetMillimetres(options);
  const area = pageArea(options);
  const margin = PAGE_MARGIN_MM;
  const footer = "font-family: Inter, sans-serif; font-weight: 400; font-size: 7.5pt; color: #5b6673; vertical-align: top; padding-top: 5mm;";
  return `@page {
  size: ${options.page} ${options.orientation};
  margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm;
  @bottom-left { content: ${cssString(shortened(mapTitle, FOOTER_TITLE_LIMIT))}; ${footer} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${footer} text-align: right; }
}
@page cover:first {
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
:root {
  --sheet-width: ${sheet.width}mm;
  --sheet-height: ${sheet.height}mm;
  --margin-top: ${margin.top}mm;
  --margin-right: ${margin.right}mm;
  --margin-bottom: ${margin.bottom}mm;
  --margin-left: ${margin.left}mm;
  --area-width: ${area.width}px;
  --area-height: ${area.height}px;
}
`;
}
