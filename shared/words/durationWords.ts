import type { TimeSpan } from '../analysis/stepDuration';

const UNITS: readonly { readonly minutes: number; readonly one: string; readonly several: string; readonly below: number }[] = [
  { minutes: 1, one: 'minute', several: 'minutes', below: 90 },
  { minutes: 60, one: 'hour', several: 'hours', below: 24 * 60 },
  { minutes: 60 * 24, one: 'day', several: 'days', below: 14 * 60 * 24 },
  { minutes: 60 * 24 * 7, one: 'week', several: 'weeks', below: 9 * 60 * 24 * 7 },
  { minutes: 60 * 24 * 30, one: 'month', several: 'months', below: Number.POSITIVE_INFINITY },
];

// Whole numbers, and halves below 3 ("1.5 days"), as people say lengths of time.
function amount(value: number): number {
  return value < 3 ? Math.round(value * 2) / 2 : Math.round(value);
}

/**
 * A length of time in the unit that reads best for its longest end: "25 minutes", "1.5 hours",
 * "4–9 days", "2–3 weeks". Ends that round to the same figure are said once.
 */
export function timeSpanWords({ least, most }: TimeSpan): string {
  const unit = UNITS.find((candidate) => most < candidate.below)!;
  const low = amount(least / unit.minutes);
  const high = amount(most / unit.minutes);
  const word = high === 1 ? unit.one : unit.several;
  return low === high ? `${high} ${word}` : `${low}–${high} ${word}`;
}
