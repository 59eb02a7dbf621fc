import { csvDetailsBytes, csvDetailsName, dataExportBytes } from '../../../shared/format/exports/dataExport';
import type { DataExportKind } from '../../../shared/host/hostApi';
import type { JourneyMap } from '../../../shared/model/journeyMap';

/**
 * Writes the map as a workbook, a CSV or a Mermaid journey; a CSV gets its second file beside it
 * ("claim.csv" and "claim.details.csv": the map, stages, personas and opportunities), written
 * first, so the steps file never stands without it. Each file is written whole or not at all by
 * `write`. The paths written, in order.
 */
export async function writeDataExport(map: JourneyMap, format: DataExportKind, output: string, write: (path: string, bytes: Uint8Array) => Promise<void>): Promise<readonly string[]> {
  const written: string[] = [];
  if (format === 'csv') {
    const details = csvDetailsName(output);
    await write(details, await csvDetailsBytes(map));
    written.push(details);
  }
  await write(output, await dataExportBytes(map, format));
  written.push(output);
  return written;
}
