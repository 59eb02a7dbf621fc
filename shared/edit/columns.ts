import { LAST_COLUMN } from '../model/limits';

/**
 * The editor receives numbers from drags, keys and text fields; the file format accepts only whole
 * columns within safe-integer range. These turn any number into one the format accepts.
 */

/** The largest column a map may hold (shared/model/limits.ts); a span reaches at most this far too. */
export const MAX_COLUMN = LAST_COLUMN;

/** A whole number within [min, max], or null for a value that is not a number at all (NaN, a string). */
export function wholeNumberIn(value: unknown, min: number, max: number): number | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return null;
  // A drag ends between columns: the nearest whole column is where the card visibly snaps to.
  const rounded = Number.isFinite(value) ? Math.round(value) : value;
  return Math.min(max, Math.max(min, rounded)) + 0;
}

/** A column (≥ 0), or null when the value is not a number. */
export function toColumn(value: unknown): number | null {
  return wholeNumberIn(value, 0, MAX_COLUMN);
}

/** A span (≥ 1), or null when the value is not a number. */
export function toSpan(value: unknown): number | null {
  return wholeNumberIn(value, 1, MAX_COLUMN);
}

/** A whole-number delta, 0 for anything that is not a finite number. */
export function toDelta(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) + 0 : 0;
}
