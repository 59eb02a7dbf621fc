import { lastColumnOf, type Step } from '../../model/journeyMap';

/** A column range as people count them, from 1: `3`, `3–5`. */
export function columnsLabel(from: number, to: number): string {
  return from === to ? `${from + 1}` : `${from + 1}–${to + 1}`;
}

/** The columns a step occupies, as `columnsLabel` writes them. */
export function stepColumnsLabel(step: Step): string {
  return columnsLabel(step.column, lastColumnOf(step));
}
