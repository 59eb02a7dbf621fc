import { embedMapInPdf } from '../../../shared/format/pdfMap';
import type { JourneyMap } from '../../../shared/model/journeyMap';

/**
 * The report as delivered: Chromium's printed PDF with the document properties set and the map's
 * `.journey` text attached, so that opening the PDF in Outside-In (or `analyze`, or another
 * `export`) gives the map back exactly.
 */
export function finishReportPdf(printed: Uint8Array, journeyText: string, map: JourneyMap, now?: Date): Promise<Uint8Array> {
  return embedMapInPdf(printed, journeyText, map, now);
}
