import type { Problem } from '../problem';
import { headerKey } from './sheetColumns';
import { limitWords } from '../../model/limits';
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

/** A1-style name of a column counted from 1: 1 → A, 28 → AB. */
function columnLetters(column: number): string {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/**
 * The first cell of the worksheets holding a formula without the value Excel saves with it (a
 * workbook written by a program that never calculated): the reader would take it for an empty
 * cell, and the value would be lost without a word.
 */
function uncalculatedFormula(parts: Record<string, Uint8Array>, text: (bytes: Uint8Array) => string): { row: number; column: number } | null {
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = text(bytes);
    if (!xml.includes('<f')) continue;
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inner = cell[2] ?? '';
      if (!/<f[\s>/]/.test(inner) || /<v[\s>]/.test(inner)) continue;
      const address = /\br="([A-Z]+)(\d+)"/.exec(cell[1]!);
      if (!address) continue;
      const column = [...address[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
      return { row: Number(address[2]), column };
    }
  }
  return null;
}

/** Why one cell of a workbook cannot be read, where it is, and what to do. */
function unreadableCell(row: number, column: number, code: string): string {
  const where = `Row ${row}, column ${columnLetters(column)}`;
  return code === 'VALUE_MISSING'
    ? `${where}: the cell has no value Excel saved (a formula that was never calculated?). Open the workbook in Excel, let it calculate, save it and import it again.`
    : `${where}: the cell cannot be read (${code}).`;
}

const isSheet = (name: string, wanted: string): boolean => headerKey(name) === headerKey(wanted);

/**
 * A workbook read into the steps sheet (the one called Steps, else the first) and the second
 * sheet (called "Personas and opportunities"), or why it cannot be.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; sheets: MapSheets } | { ok: false; problems: readonly Problem[] }> {
  if (bytes.length > SHEET_LIMITS.fileBytes) return refuse(tooLargeMessage('workbook', bytes.length));
  const [{ default: readXlsxFile }, { strFromU8, unzipSync, zipSync }] = await Promise.all([import('read-excel-file/universal'), import('fflate')]);
  let workbook: { sheet: string; data: Cell[][] }[];
  try {
    // The parts' unpacked sizes first, from the archive's directory, before anything is inflated.
    let unpacked = 0;
    unzipSync(bytes, { filter: (file) => ((unpacked += file.originalSize), false) });
    if (unpacked > SHEET_LIMITS.unpackedBytes) return refuse(`The workbook unpacks to ${limitWords(Math.ceil(unpacked / 1024 / 1024))} MB; Outside-In reads workbooks of up to ${limitWords(SHEET_LIMITS.unpackedBytes / 1024 / 1024)} MB unpacked.`);
    // Unpacked here and handed over stored: the reader would inflate a large part in a Web Worker
    // of its own, which a page's or worker's content security policy forbids.
    const parts = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
    const uncalculated = uncalculatedFormula(parts, strFromU8);
    if (uncalculated) return refuse(unreadableCell(uncalculated.row, uncalculated.column, 'VALUE_MISSING'));
    const stored = zipSync(parts, { level: 0 });
    // The reader's types call a date cell `typeof Date`; it gives Date objects, as Cell says.
    workbook = (await readXlsxFile(new Uint8Array(stored).buffer, { trim: false })) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    const cell = error instanceof Error ? /at row (\d+), col (\d+): (\w+)/.exec(error.message) : null;
    if (cell) return refuse(unreadableCell(Number(cell[1]), Number(cell[2]), cell[3]!));
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
