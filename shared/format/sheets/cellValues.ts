import { EMOTION_MAX, EMOTION_MIN, EVIDENCE_LEVELS, type Evidence } from '../../model/stepDetails';
import type { Cell } from './sheetTable';

// Reading one cell into a value of the map. Forgiving where a person would be (numbers typed as
// text, Excel's dates, "yes"/"x" for a tick), strict where a value would be lost or bent: those
// throw a CellError, which the reader turns into "Row 14, column "Emotion": …".

/** A cell that holds something the field cannot take; the message names the cell's content, shortly. */
export class CellError extends Error {}

const QUOTE_LENGTH = 40;

/** At most a short piece of the cell, in quotes, for a message. */
export function quoted(cell: Cell): string {
  const text = textOf(cell);
  return `"${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text}"`;
}

/** An Excel date as the ISO day it shows (dates come as midnight UTC from the reader). */
const isoDay = (date: Date): string => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10));

/** The cell as text: numbers as written, dates as YYYY-MM-DD, yes/no for a tick, '' for empty. */
export function textOf(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return String(cell);
}

/** Whether the cell holds nothing (spaces count as nothing). */
export const isBlank = (cell: Cell | undefined): boolean => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A number written in the cell, with a comma for the decimal point as in much of Europe. */
function numberOf(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  const text = textOf(cell).trim().replace(/^\+/, '').replace(/^−/, '-');
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) throw new CellError(`${quoted(cell)} is not a number.`);
  return Number(text.replace(',', '.'));
}

/** A whole number at least `min`, for a column or a span. */
export function wholeNumber(cell: Cell, min: number, what: string): number {
  const value = numberOf(cell);
  if (!Number.isInteger(value)) throw new CellError(`${quoted(cell)} is not a whole number; ${what} count in whole numbers.`);
  if (value < min) throw new CellError(`${quoted(cell)} is below ${min}; ${what} count from ${min}.`);
  return value;
}

/** An emotion from −2 to +2. */
export function emotionOf(cell: Cell): number {
  const value = numberOf(cell);
  if (!Number.isInteger(value) || value < EMOTION_MIN || value > EMOTION_MAX) throw new CellError(`${quoted(cell)} is outside ${EMOTION_MIN}…${EMOTION_MAX}.`);
  return value;
}

/** A number from `min` to `max` (satisfaction 0…10). */
export function numberBetween(cell: Cell, min: number, max: number): number {
  const value = numberOf(cell);
  if (value < min || value > max) throw new CellError(`${quoted(cell)} is outside ${min}…${max}.`);
  return value;
}

/** A count of people, 0 or more. */
export function countOf(cell: Cell): number {
  const value = numberOf(cell);
  if (!Number.isInteger(value) || value < 0) throw new CellError(`${quoted(cell)} is not a count (a whole number from 0).`);
  return value;
}

const YES = new Set(['yes', 'y', 'true', 'x', '1', '✓', 'ja', 'oui']);
const NO = new Set(['no', 'n', 'false', '0', '-', 'nein', 'non']);

/** A tick: yes/no, true/false, x, 1/0 (or Excel's TRUE/FALSE). */
export function tickOf(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  const text = textOf(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  throw new CellError(`${quoted(cell)} is neither yes nor no.`);
}

/** One of the evidence levels, in any case. */
export function evidenceOf(cell: Cell): Evidence {
  const text = textOf(cell).trim().toLowerCase();
  const level = EVIDENCE_LEVELS.find((candidate) => candidate === text);
  if (!level) throw new CellError(`${quoted(cell)} is not one of ${EVIDENCE_LEVELS.join(', ')}.`);
  return level;
}

/** One entry per line of the cell (pain points, channels); blank lines left out. */
export const listOf = (cell: Cell): string[] => textOf(cell).split(/\r?\n/).filter((entry) => entry.trim() !== '');

/** A day as YYYY-MM-DD, from an Excel date or text written so. */
export function dayOf(cell: Cell): string {
  const text = textOf(cell).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new CellError(`${quoted(cell)} is not a date (YYYY-MM-DD).`);
  return text;
}
