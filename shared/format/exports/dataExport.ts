import type { DataExportKind } from '../../host/hostApi';
import type { JourneyMap } from '../../model/journeyMap';

// The map as data for other tools (README, Spreadsheets and Mermaid): an Excel workbook with both
// sheets, a CSV of its steps (and, beside it on the command line, a second CSV for the map,
// stages, personas and opportunities), or a Mermaid journey. Each writer loads on first use.

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The bytes of the map exported as `kind`; a CSV holds the steps sheet alone. */
export async function dataExportBytes(map: JourneyMap, kind: DataExportKind): Promise<Uint8Array> {
  if (kind === 'mmd') return encode((await import('../mermaid/mapToMermaid')).mapToMermaid(map));
  const { mapToSheets } = await import('../sheets/mapToSheets');
  const sheets = mapToSheets(map);
  if (kind === 'xlsx') return (await import('../sheets/xlsxCodec')).writeXlsx(sheets);
  return encode((await import('../sheets/csvCodec')).writeCsv(sheets.steps));
}

/** The second CSV: the map's own row, its stages, personas and opportunities. */
export async function csvDetailsBytes(map: JourneyMap): Promise<Uint8Array> {
  const [{ mapToSheets }, { writeCsv }] = await Promise.all([import('../sheets/mapToSheets'), import('../sheets/csvCodec')]);
  return encode(writeCsv(mapToSheets(map).details!));
}

/** The name of the second CSV beside a steps CSV: "claim.csv" → "claim.details.csv". */
export const csvDetailsName = (stepsName: string): string => `${stepsName.replace(/\.csv$/i, '')}.details.csv`;
