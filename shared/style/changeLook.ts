import type { StepChangeKind } from '../words/changeWords';
import { PALETTE } from './palette';

/** How a change is drawn: its glyph, the colour of its outline, and the outline's dashes (SVG `stroke-dasharray`; solid when absent). */
export interface ChangeLook {
  readonly glyph: string;
  readonly stroke: string;
  readonly dash?: string;
}

// Each change has a shape and a glyph of its own, so it reads without colour (greyscale print,
// colour blindness): the colour only repeats what the outline and the word already say. The
// compare map and the deck's What changed slides draw with the same looks.

/** The look of each step change. */
export const STEP_LOOK: Readonly<Record<StepChangeKind, ChangeLook>> = {
  added: { glyph: '+', stroke: PALETTE.covered },
  removed: { glyph: '−', stroke: PALETTE.mutedInk, dash: '6 4' },
  moved: { glyph: '→', stroke: PALETTE.selection, dash: '10 3 2 3' },
  changed: { glyph: '◆', stroke: PALETTE.unanchored, dash: '2 3' },
};

/** The look of each gap change: closed, opened, or still there but changed (compareLayout's GapMarkKind; style comes before layout). */
export const GAP_LOOK: Readonly<Record<'closed' | 'opened' | 'changed', ChangeLook>> = {
  closed: { glyph: '✓', stroke: PALETTE.covered, dash: '8 5' },
  opened: { glyph: '!', stroke: PALETTE.gapInk },
  changed: { glyph: '↔', stroke: PALETTE.gapInk, dash: '10 3 2 3' },
};
