import { BrowserWindow } from 'electron';
import type { ReportOptions } from '../../shared/report/reportOptions';
import type { ReportPrinter } from '../services/report/renderReport';
import { pngScript, renderScript, REPORT_URL, SVG_SCRIPT, type ReportRendered } from './reportWindowScripts';
import { reportWindowOptions } from './windowOptions';

/** A map's report rendered in a hidden window: printed to PDF, or asked for the map alone as an image. */
interface RenderedReport {
  pdf(): Promise<Uint8Array>;
  svg(): Promise<string>;
  png(scale: number): Promise<Uint8Array>;
}

/**
 * Renders the report of a map in a hidden window, lets `use` take what it needs from it, and
 * closes the window whatever happens. Throws with a plain message when the page cannot show the map.
 */
async function withRenderedReport<T>(journeyText: string, options: ReportOptions, use: (report: RenderedReport) => Promise<T>): Promise<T> {
  const window = new BrowserWindow(reportWindowOptions());
  const contents = window.webContents;
  try {
    await window.loadURL(REPORT_URL);
    const rendered = (await contents.executeJavaScript(renderScript(journeyText, options))) as ReportRendered;
    if (!rendered.ok) throw new Error(rendered.message);
    return await use({
      // The page's @page rule sets the sheet (A4 or A3, either way round); backgrounds carry the gap tints.
      pdf: async () => new Uint8Array(await contents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
      svg: async () => (await contents.executeJavaScript(SVG_SCRIPT)) as string,
      png: async (scale) => new Uint8Array(Buffer.from((await contents.executeJavaScript(pngScript(scale))) as string, 'base64')),
    });
  } finally {
    window.destroy();
  }
}

/** The report of a map printed to PDF bytes (the map not yet attached). */
export const printReport = (journeyText: string, options: ReportOptions): Promise<Uint8Array> => withRenderedReport(journeyText, options, (report) => report.pdf());

/** The desktop app's report printer for the command line's jobs: the PDF as printed, the PNG, or the SVG's UTF-8 bytes. */
export const reportPrinter: ReportPrinter = (job) =>
  withRenderedReport(job.journeyText, job.options, async (report) => {
    if (job.format === 'pdf') return report.pdf();
    if (job.format === 'png') return report.png(job.scale);
    return new TextEncoder().encode(await report.svg());
  });
