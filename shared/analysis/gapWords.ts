import type { GapKind } from './coverage';

// The words a person reads for gaps, the same on screen, in print and on the command line.
const GAP_KIND_LABELS: Readonly<Record<GapKind, string>> = {
  before: 'Before',
  between: 'Between',
  after: 'After',
  entire: 'Not covered at all',
};

/** The gap kind in words, such as "Before". */
export function gapKindLabel(kind: GapKind): string {
  return GAP_KIND_LABELS[kind];
}

/** "1 step", "3 steps". */
export function stepCountLabel(count: number): string {
  return count === 1 ? '1 step' : `${count} steps`;
}

/** A gap's severity as printed everywhere, always with its one decimal: "7.0", "12.5". */
export function formatSeverity(severity: number): string {
  return severity.toFixed(1);
}
