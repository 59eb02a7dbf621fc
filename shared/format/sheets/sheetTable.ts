/** One cell as a reader gives it: text, a number, a yes/no, a date (an Excel date cell), or empty. */
export type Cell = string | number | boolean | Date | null;

/** One sheet of a workbook, or one CSV file: its name and its rows, the header first. */
export interface SheetTable {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** The sheets a map is written to and read from: the steps, and the personas, opportunities, stages and the map's own row. */
export interface MapSheets {
  readonly steps: SheetTable;
  /** Absent in a CSV of steps alone, or a workbook without the second sheet. */
  readonly details: SheetTable | null;
}

/** The names of the two sheets in a workbook Outside-In writes. */
export const SHEET_NAMES = { steps: 'Steps', details: 'Personas and opportunities' } as const;
