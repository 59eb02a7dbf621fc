import type { GapChangeKind } from '../compare/gapChanges';
import { formatCoverage } from './figureWords';

/** What became of a step between two maps, as the compare view, the report and the command line call it. */
export type StepChangeKind = 'added' | 'removed' | 'moved' | 'changed';

const STEP_CHANGE_WORDS: Readonly<Record<StepChangeKind, string>> = { added: 'Added', removed: 'Removed', moved: 'Moved', changed: 'Changed' };

/** A step's change in words, such as "Moved". */
export function stepChangeLabel(kind: StepChangeKind): string {
  return STEP_CHANGE_WORDS[kind];
}

const GAP_CHANGE_WORDS: Readonly<Record<GapChangeKind, string>> = {
  grown: 'grown',
  shrunk: 'shrunk',
  split: 'split',
  merged: 'merged',
  shifted: 'shifted',
  kind: 'now of another kind',
  severity: 'hurts more or less',
};

/** How a gap that stayed changed, in words: "shrunk", "split". */
export function gapChangeLabel(kind: GapChangeKind): string {
  return GAP_CHANGE_WORDS[kind];
}

/** Coverage before → after as a person reads it; a side without the lane reads "—". */
export function coverageChangeLabel(before: number | null, after: number | null): string {
  const side = (coverage: number | null): string => (coverage === null ? '—' : formatCoverage(coverage));
  return `${side(before)} → ${side(after)}`;
}
