import { PALETTE } from '../style/palette';
import { GAP_STYLE } from './gapStyle';
import type { CardTag } from './cardStyle';
import type { Rect } from './mapLayout';
import type { Surface } from '../style/surface';
import type { MeasureStyledText, TextStyle } from '../style/textStyle';

/** Dots a card or a gap shows: the room's, once a round is revealed, or the voter's own while they vote (the room's stay hidden). */
export interface ShownDots {
  readonly count: number;
  readonly own: boolean;
}

/**
 * A dot badge as plain values: a sticker (a disc, a pill for a long count) around its count, in
 * the coordinates of what wears it. Shaped as a card's word tag, so a painter draws both alike.
 */
export type DotBadge = Omit<CardTag, 'dot'> & { readonly dot: null };

/** The badge on each surface: readable beside a 14 px title on screen, at the 7 pt floor's company on paper. */
export const DOT_BADGE_SIZE: Readonly<Record<Surface, { readonly height: number; readonly text: TextStyle }>> = {
  screen: { height: 20, text: { size: 11, weight: 600 } },
  print: { height: 20, text: { size: 10.5, weight: 600 } },
};

const PADDING = 5;

/**
 * The dot badge with its left end at `left` and its middle on the line `middle`: filled with the
 * room's dots, hollow with the voter's own, so the two never read alike. `measure` sizes the count
 * in the painter's own font.
 */
export function dotBadge({ count, own }: ShownDots, left: number, middle: number, surface: Surface, measure: MeasureStyledText): DotBadge {
  const { height, text } = DOT_BADGE_SIZE[surface];
  const words = String(count);
  const measured = measure(words, text);
  const width = Math.max(height, Math.ceil(measured) + PADDING * 2);
  return {
    words,
    x: left,
    y: middle - height / 2,
    width,
    height,
    cornerRadius: height / 2,
    fill: own ? PALETTE.cardFill : PALETTE.vote,
    stroke: PALETTE.vote,
    strokeWidth: own ? 1.5 : 1,
    text: { x: left + (width - measured) / 2, middle, style: text, fill: own ? PALETTE.vote : PALETTE.cardFill },
    dot: null,
  };
}

/** How far a gap's badge stays from the right end of its label strip. */
const GAP_INSET = 4;

/** A gap's dot badge: at the right end of the strip its label pill sits in, on the pill's middle line, clear of the pill's words. */
export function gapDotBadge(dots: ShownDots, labelBox: Rect, surface: Surface, measure: MeasureStyledText): DotBadge {
  const { label } = GAP_STYLE[surface];
  const middle = labelBox.y + label.top + (labelBox.height - label.shorter) / 2;
  const placed = dotBadge(dots, 0, middle, surface, measure);
  const left = labelBox.x + labelBox.width - GAP_INSET - placed.width;
  return { ...placed, x: left, text: { ...placed.text, x: placed.text.x + left } };
}
