import type { JourneyMap } from '../../../shared/model/journeyMap';
import type { ReportOptions } from '../../../shared/report/reportOptions';

/** One thing to print: the report as a PDF, or the map alone as a PNG or an SVG. */
export interface ReportJob {
  /** The `.journey` text the report page shows. */
  readonly journeyText: string;
  readonly format: 'pdf' | 'png' | 'svg';
  readonly options: ReportOptions;
  /** PNG pixels per CSS pixel of the map; the other formats ignore it. */
  readonly scale: number;
}

/**
 * Whatever turns a job into bytes with the report page: the system Chromium from the command
 * line (chromiumReport.ts), or a fake in tests that records whether it was asked. Gives the PDF as
 * printed (without the map inside), the PNG, or the SVG's UTF-8 bytes; throws with a plain message
 * when the page cannot do it.
 */
export type ReportPrinter = (job: ReportJob) => Promise<Uint8Array>;

/** The finished bytes of a job: printed by `printer`, and for a PDF with the map embedded. */
export async function renderReport(job: ReportJob, map: JourneyMap, printer: ReportPrinter, now?: Date): Promise<Uint8Array> {
  // pdf-lib takes a good part of a second to load: it loads while the browser starts and prints.
  const finishing = job.format === 'pdf' ? import('./finishReportPdf') : null;
  const printed = await printer(job);
  if (!finishing) return printed;
  const { finishReportPdf } = await finishing;
  return finishReportPdf(printed, job.journeyText, map, now);
}
