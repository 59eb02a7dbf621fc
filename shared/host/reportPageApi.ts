import type { ReportOptions } from '../report/reportOptions';

/** What rendering a report answered: done, or why the map text could not be shown. */
export type ReportRendered = { readonly ok: true; readonly title: string } | { readonly ok: false; readonly message: string };

/**
 * The report page's functions, on `window.outsideInReport` of `report.html`. Whoever prints the
 * report (Electron's hidden window, the command line's Chromium, the tests) loads the page, calls
 * `render`, waits for it, then prints or asks for the map as SVG or PNG.
 */
export interface ReportPageApi {
  /** Shows the report of a `.journey` text; resolves once fonts are loaded and every page is laid out. */
  render(journeyText: string, options: ReportOptions): Promise<ReportRendered>;
  /** The rendered map alone as a standalone SVG document (fonts embedded). */
  svg(): Promise<string>;
  /** The rendered map alone as a PNG at `scale` × its CSS size, base64-encoded. */
  png(scale: number): Promise<string>;
}
