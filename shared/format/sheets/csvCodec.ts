import Papa from 'papaparse';
import type { Problem } from '../problem';
import { SHEET_LIMITS, tooLargeMessage } from './sheetLimits';
import type { Cell, SheetTable } from './sheetTable';

// CSV in and out through papaparse. In: UTF-8 with or without Excel's byte-order mark (or, failing
// UTF-8, Windows-1252, what older Excel writes), `,`, `;` or tab between cells. Out: UTF-8 with the
// mark (so Excel reads the accents), commas, CRLF, and every text that a spreadsheet would take for
// a formula (= + - @ first) behind an apostrophe, which reading takes off again.

/** Cells a spreadsheet would run as a formula, and those already behind the apostrophe that guards them. */
const FORMULA_START = /^['=+\-@\t\r]/;

/** A text cell as written to CSV: an apostrophe before anything a spreadsheet would evaluate. */
export const guardFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A text cell as read from CSV: the apostrophe `guardFormula` put in front taken off. */
export const unguardFormula = (text: string): string => (text.length > 1 && text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

const BOM = '\uFEFF';

/** The table as CSV text, byte-order mark first. */
export function writeCsv(table: SheetTable): string {
  const rows = table.rows.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? guardFormula(cell) : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))));
  return BOM + Papa.unparse(rows, { delimiter: ',', newline: '\r\n' });
}

/** Whether the bytes look like binary data rather than text: a NUL among the first kilobytes. */
const looksBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 65_536).includes(0);

/** The file's text: UTF-8 (the mark dropped), else Windows-1252. */
function decode(bytes: Uint8Array): { text: string; legacy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}

/** A CSV file read into a table, or why it cannot be. */
export function readCsv(bytes: Uint8Array, name: string): { ok: true; table: SheetTable; findings: readonly Problem[] } | { ok: false; problems: readonly Problem[] } {
  if (bytes.length > SHEET_LIMITS.fileBytes) return refuse(tooLargeMessage('CSV file', bytes.length));
  if (looksBinary(bytes)) return refuse('The file holds binary data, not comma-separated text: is it a CSV file? A workbook saved by Excel ends in .xlsx.');
  const { text, legacy } = decode(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return refuse(`Row ${(broken.row ?? 0) + 1}: a quoted cell is not closed (${broken.message}).`);
  const rows: Cell[][] = parsed.data.map((row) => row.map((cell) => (cell === '' ? null : unguardFormula(cell))));
  const findings: Problem[] = legacy ? [{ path: '$', message: 'The file is not UTF-8; it was read as Windows-1252, as older Excel writes CSV. Check accented letters.' }] : [];
  return { ok: true, table: { name, rows }, findings };
}

const refuse = (message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path: '$', message }] });
