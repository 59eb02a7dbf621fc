import type { GapKind } from '../analysis/coverage';

// The words a person reads for gap kinds, the same on screen, in print and on the command line.
const GAP_KIND_WORDS: Readonly<Record<GapKind, string>> = {
  before: 'Before',
  between: 'Between',
  after: 'After',
  entire: 'Not covered at all',
};

/** The gap kind in words, such as "Before". */
export function gapKindLabel(kind: GapKind): string {
  return GAP_KIND_WORDS[kind];
}
