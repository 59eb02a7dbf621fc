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

// Where a gap lies, as a sentence about the customer says it.
const GAP_KIND_PHRASES: Readonly<Record<GapKind, string>> = {
  before: 'before the organisation’s first contact',
  between: 'between two contacts with the organisation',
  after: 'after the organisation’s last contact',
  entire: 'along the whole journey, which the organisation never meets',
};

/** Where a gap lies in running text, such as "before the organisation’s first contact". */
export function gapKindPhrase(kind: GapKind): string {
  return GAP_KIND_PHRASES[kind];
}
