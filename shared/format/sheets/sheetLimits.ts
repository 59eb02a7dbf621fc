import { limitWords } from '../../model/limits';

/**
 * How large a spreadsheet or Mermaid file Outside-In reads. Far above a journey typed by hand (a
 * long process inventory has a few thousand rows), low enough that reading one in the import
 * worker takes seconds and the map it makes still lays out. The readers refuse a file past them
 * with the limit named; README ("Spreadsheets") lists them.
 */
export const SHEET_LIMITS = {
  /** Bytes of a CSV, XLSX or Mermaid file. */
  fileBytes: 20 * 1024 * 1024,
  /** Bytes a workbook's parts may unpack to: far above a 20,000-row sheet, far below what would exhaust the memory. */
  unpackedBytes: 256 * 1024 * 1024,
  /** Rows of one sheet, the header included. */
  rows: 20_000,
  /** Columns of one sheet. */
  columns: 200,
  /** Characters of one cell (or one line of a Mermaid file). */
  cellLength: 10_000,
} as const;

/** The sentence for a file past the byte limit. */
export const tooLargeMessage = (kind: string, bytes: number): string =>
  `The ${kind} is ${megabytes(bytes)}; Outside-In reads at most ${megabytes(SHEET_LIMITS.fileBytes)}. Split it into smaller files.`;

const megabytes = (bytes: number): string => `${limitWords(Math.ceil(bytes / (1024 * 1024)))} MB`;
