import { limitWords } from '../../model/limits';
import type { Problem } from '../problem';
import { CellError, isBlank, textOf } from './cellValues';
import { matchHeaders, type SheetColumn } from './sheetColumns';
import { SHEET_LIMITS } from './sheetLimits';
import type { Cell, SheetTable } from './sheetTable';

/** How many refusals a sheet lists before it stops reading: enough to fix a column at once. */
export const MAX_PROBLEMS = 10;

/** One row of a sheet, its cells by field, with the row's number as the spreadsheet shows it. */
export interface SheetRow<Field extends string> {
  /** 1 is the header row, so the first row read is row 2. */
  readonly number: number;
  readonly cells: Readonly<Partial<Record<Field, Cell>>>;
}

/** A sheet read into rows by field, or the refusals with row and column named. */
export type ReadRows<Field extends string> = ReadRowsOk<Field> | { readonly ok: false; readonly problems: readonly Problem[] };

/** The rows of a sheet that could be read, with the header each field was found under. */
export interface ReadRowsOk<Field extends string> {
  readonly ok: true;
  readonly rows: readonly SheetRow<Field>[];
  readonly headers: ReadonlyMap<Field, string>;
  readonly findings: readonly Problem[];
}

/** The sentence for a cell the field cannot take: `Row 14, column "Emotion": "-3" is outside -2…2.` */
export const cellProblem = (row: number, header: string, message: string): Problem => ({ path: '$', message: `Row ${row}, column "${header}": ${message}` });

/**
 * Reads the rows of a sheet under its header row (the first row with anything in it): headers in
 * any case and order, headers Outside-In does not read named as findings, blank rows skipped, the
 * size limits checked, and every cell longer than a cell may be refused with its row and column.
 */
export function readRows<Field extends string>(table: SheetTable, columns: readonly SheetColumn<Field>[]): ReadRows<Field> {
  if (table.rows.length > SHEET_LIMITS.rows) {
    return refuse(`The sheet "${table.name}" has ${limitWords(table.rows.length)} rows; Outside-In reads at most ${limitWords(SHEET_LIMITS.rows)}. Split it into smaller sheets.`);
  }
  const start = table.rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
  if (start < 0) return refuse(`The sheet "${table.name}" is empty: it needs a header row and a row per step.`);
  const headerCells = table.rows[start]!;
  if (headerCells.length > SHEET_LIMITS.columns) {
    return refuse(`The sheet "${table.name}" has ${limitWords(headerCells.length)} columns; Outside-In reads at most ${limitWords(SHEET_LIMITS.columns)}.`);
  }
  const headers = headerCells.map((cell) => textOf(cell).trim());
  const fields = matchHeaders(headers, columns);
  const problems: Problem[] = [];
  const findings: Problem[] = [];
  const seen = new Map<Field, string>();
  fields.forEach((field, index) => {
    const header = headers[index]!;
    if (field === null) {
      if (header !== '') findings.push({ path: '$', message: `The column "${header}" is not one Outside-In reads; it was left out.` });
      return;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) problems.push({ path: '$', message: `The columns "${earlier}" and "${header}" both hold ${columns.find((column) => column.field === field)!.header.toLowerCase()}: keep one.` });
    else seen.set(field, header);
  });
  if (problems.length > 0) return { ok: false, problems };

  const rows: SheetRow<Field>[] = [];
  for (let index = start + 1; index < table.rows.length; index++) {
    const cells = table.rows[index]!;
    if (cells.every((cell) => isBlank(cell))) continue;
    const number = index + 1;
    const read: Partial<Record<Field, Cell>> = {};
    cells.forEach((cell, column) => {
      const field = fields[column];
      if (field === null || field === undefined || cell === null || cell === '') {
        if (field === undefined && !isBlank(cell) && problems.length < MAX_PROBLEMS) {
          problems.push({ path: '$', message: `Row ${number} has a value in column ${column + 1}, which has no header: give the column a header or clear the cell.` });
        }
        return;
      }
      if (typeof cell === 'string' && cell.length > SHEET_LIMITS.cellLength) {
        if (problems.length < MAX_PROBLEMS) problems.push(cellProblem(number, headers[column]!, `the cell holds ${limitWords(cell.length)} characters; a cell may hold at most ${limitWords(SHEET_LIMITS.cellLength)}.`));
        return;
      }
      read[field] = cell;
    });
    rows.push({ number, cells: read });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, headers: seen, findings };
}

const refuse = (message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path: '$', message }] });

/** The cell as text, spaces kept (a title is read as written); undefined when the row has none. */
export const textField = <Field extends string>(row: SheetRow<Field>, name: Field): string | undefined => {
  const cell = row.cells[name];
  return cell === undefined ? undefined : textOf(cell);
};

/** Runs `read` on a cell and records its refusal with row and column; undefined when refused. */
export function field<Field extends string, T>(row: SheetRow<Field>, name: Field, headers: ReadonlyMap<Field, string>, problems: Problem[], read: (cell: Cell) => T): T | undefined {
  const cell = row.cells[name];
  if (cell === undefined || isBlank(cell)) return undefined;
  if (problems.length >= MAX_PROBLEMS) return undefined;
  try {
    return read(cell);
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    problems.push(cellProblem(row.number, headers.get(name) ?? name, error.message));
    return undefined;
  }
}
