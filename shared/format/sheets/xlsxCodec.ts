import type { Problem } from '../problem';
import { headerKey } from './sheetColumns';
import { SHEET_LIMITS, tooLargeMessage } from './sheetLimits';
import { SHEET_NAMES, type Cell, type MapSheets, type SheetTable } from './sheetTable';

// XLSX in and out: read-excel-file's "universal" build reads (the same in Node for the command
// line, the page and the import worker), xlsxWriter.ts writes on fflate. Both load on first use,
// so nobody who never opens a workbook downloads them. Formulas are never evaluated: the reader
// gives the value Excel saved with the formula.

/** The sheets of a workbook as an .xlsx file: headers bold and kept in view, columns wide enough to read. */
export async function writeXlsx(sheets: MapSheets): Promise<Uint8Array> {
  const { writeWorkbook } = await import('./xlsxWriter');
  return writeWorkbook([sheets.steps, ...(sheets.details ? [sheets.details] : [])]);
}

const isSheet = (name: string, wanted: string): boolean => headerKey(name) === headerKey(wanted);

/**
 * A workbook read into the steps sheet (the one called Steps, else the first) and the second
 * sheet (called "Personas and opportunities"), or why it cannot be.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; sheets: MapSheets } | { ok: false; problems: readonly Problem[] }> {
  if (bytes.length > SHEET_LIMITS.fileBytes) return refuse(tooLargeMessage('workbook', bytes.length));
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let workbook: { sheet: string; data: Cell[][] }[];
  try {
    // Its own copy of the bytes: the reader takes an ArrayBuffer, never a view of a shared one.
    workbook = (await readXlsxFile(new Uint8Array(bytes).buffer, { trim: false })) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
    return refuse(`The file is not an Excel workbook Outside-In can read${reason}. Save it from Excel as .xlsx (an older .xls will not do).`);
  }
  if (workbook.length === 0) return refuse('The workbook has no sheets.');
  const steps = workbook.find((sheet) => isSheet(sheet.sheet, SHEET_NAMES.steps)) ?? workbook[0]!;
  const details = workbook.find((sheet) => sheet !== steps && (isSheet(sheet.sheet, SHEET_NAMES.details) || isSheet(sheet.sheet, 'Details')));
  const table = (sheet: { sheet: string; data: Cell[][] }): SheetTable => ({ name: sheet.sheet, rows: sheet.data });
  return { ok: true, sheets: { steps: table(steps), details: details ? table(details) : null } };
}

const refuse = (message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path: '$', message }] });
