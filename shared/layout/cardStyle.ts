import type { CoverageMark } from '../analysis/coverageMarks';
import type { Evidence, StepDetails } from '../model/stepDetails';
import { KIND_ACCENT, PALETTE } from '../style/palette';
import type { Surface } from '../style/surface';
import { LINE_HEIGHT, type MeasureStyledText, type TextStyle } from '../style/textStyle';
import { dotBadge, type DotBadge, type ShownDots } from './dotBadge';
import type { StepBox } from './mapLayout';

/** Everything a card shows: its box, its step's marks of the method, the analysis's mark, and whether it is selected. */
export interface CardInput {
  readonly box: Pick<StepBox, 'width' | 'height' | 'title' | 'laneKind'>;
  /** The step's fields of the method; absent for a box whose step is gone. */
  readonly step: Pick<StepDetails, 'momentThatMatters' | 'evidence' | 'painPoints'> | undefined;
  readonly mark: CoverageMark | undefined;
  readonly selected: boolean;
  /** The dots of a vote the card shows, if any. */
  readonly dots?: ShownDots | undefined;
}

/** The shadow under a card that lifts off the page. */
export interface CardShadow {
  readonly colour: string;
  readonly opacity: number;
  readonly blur: number;
  readonly offsetY: number;
}

/** The card's body: a rounded rectangle whose outline says how well its step is known. */
export interface CardOutline {
  readonly width: number;
  readonly height: number;
  readonly cornerRadius: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** Dash and gap lengths along the outline; null for a solid line. */
  readonly dash: readonly number[] | null;
  readonly lineCap: 'butt' | 'round';
  readonly shadow: CardShadow | null;
}

/** The lane kind's colour down the card's left edge, following its rounded left corners. */
export interface CardAccent {
  readonly width: number;
  readonly height: number;
  readonly cornerRadius: number;
  readonly fill: string;
  readonly opacity: number;
}

/** The box the step's title is wrapped into, and how it is set. */
export interface CardTitle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The title, or "Untitled step" for a step without one. */
  readonly text: string;
  readonly style: TextStyle;
  readonly fill: string;
  /** Line spacing as a multiple of the font size, and how many lines fit the box. */
  readonly lineHeight: number;
  readonly maxLines: number;
}

/** A moment that matters: a five-pointed star on a disc, centred on the card's top edge. */
export interface CardMoment {
  readonly x: number;
  readonly y: number;
  readonly points: number;
  readonly outerRadius: number;
  readonly innerRadius: number;
  readonly fill: string;
  readonly disc: { readonly radius: number; readonly fill: string; readonly stroke: string; readonly strokeWidth: number };
}

/** A word tag: a pill straddling the card's top or bottom edge, so it sits between rows and never over the title. */
export interface CardTag {
  readonly words: string;
  /** The pill's top-left corner and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly cornerRadius: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** Where the words start and the line their middle sits on. */
  readonly text: { readonly x: number; readonly middle: number; readonly style: TextStyle; readonly fill: string };
  /** A coloured dot before the words (a touchpoint's), or null. */
  readonly dot: { readonly x: number; readonly y: number; readonly radius: number; readonly fill: string } | null;
}

/** A card's picture as plain values in its own coordinates (top-left corner at 0, 0), for any painter to draw. */
export interface CardStyle {
  readonly outline: CardOutline;
  readonly accent: CardAccent;
  readonly title: CardTitle;
  readonly moment: CardMoment | null;
  /** The coverage mark's tag on the top edge, then the pain points' count on the bottom edge, those the card has. */
  readonly tags: readonly CardTag[];
  /** The dot badge: a sticker with the count on the card's bottom edge at its left, where no tag, star or grip reaches; null without dots. */
  readonly dots: DotBadge | null;
}

/** A card's proportions, the same on every surface. */
export const CARD_METRICS = { cornerRadius: 6, accentWidth: 4, paddingX: 12, paddingY: 9 } as const;

/** Readable from the back of a room at 100 %: three lines fit the card. */
export const CARD_TITLE_TEXT: TextStyle = { size: 14, weight: 400 };

/** Where the title sits inside the card: just right of the accent, a padding from the other edges. */
export const CARD_TITLE_INSET = {
  top: CARD_METRICS.paddingY,
  right: CARD_METRICS.paddingX,
  bottom: CARD_METRICS.paddingY,
  left: CARD_METRICS.accentWidth + CARD_METRICS.paddingX - 2,
} as const;

/**
 * How big a tag is on each surface. On screen it is a small mark beside the 14 px title; on
 * paper tags are the smallest text of the map, which must still print at 7 pt at the smallest scale.
 */
export const CARD_TAG_SIZE: Readonly<Record<Surface, { readonly height: number; readonly text: TextStyle }>> = {
  screen: { height: 15, text: { size: 9.5, weight: 600, letterSpacing: 0.6 } },
  print: { height: 16, text: { size: 11, weight: 600, letterSpacing: 0.5 } },
};

const TAG = {
  /** From the card's right edge to the tag's right end. */
  inset: 10,
  /** From the accent to the dot badge's left end. */
  dotsInset: 6,
  padding: 8,
  /** Room the dot takes before the words. */
  dotRoom: 10,
  dotRadius: 3,
} as const;

const STAR_RADIUS = 7;

/** How the outline says how well a step is known: dashed when assumed, dotted when proposed (round caps on dashes of no length are dots). */
const EVIDENCE_OUTLINE: Readonly<Partial<Record<Evidence, Pick<CardOutline, 'dash' | 'strokeWidth' | 'lineCap'>>>> = {
  assumed: { dash: [5, 4], strokeWidth: 1, lineCap: 'butt' },
  proposed: { dash: [0.01, 3.5], strokeWidth: 1.5, lineCap: 'round' },
};

const MARK_TAG: Readonly<Record<CoverageMark, { readonly words: string; readonly colour: string; readonly dot: boolean }>> = {
  touchpoint: { words: 'TOUCHPOINT', colour: PALETTE.covered, dot: true },
  unanchored: { words: 'INSIDE-OUT', colour: PALETTE.unanchored, dot: false },
};

/**
 * A card's picture, decided once for every painter: the editing canvas and the printed map only
 * translate it into Konva props or SVG attributes. Every mark is a shape or a word as well as a
 * colour, so the card reads in greyscale and to colour-blind eyes. `measure` sizes the tags' words
 * in the painter's own font.
 */
export function cardStyle({ box, step, mark, selected, dots }: CardInput, surface: Surface, measure: MeasureStyledText): CardStyle {
  const tags: CardTag[] = [];
  if (mark) tags.push(tag(MARK_TAG[mark], box.width, 0, surface, measure));
  const painPoints = step?.painPoints?.length ?? 0;
  if (painPoints > 0) {
    const words = painPoints === 1 ? '1 PAIN POINT' : `${painPoints} PAIN POINTS`;
    tags.push(tag({ words, colour: PALETTE.gapInk, dot: false }, box.width, box.height, surface, measure));
  }
  return {
    outline: outline(box, step?.evidence, mark, selected),
    accent: {
      width: CARD_METRICS.accentWidth,
      height: box.height,
      cornerRadius: CARD_METRICS.cornerRadius,
      fill: KIND_ACCENT[box.laneKind],
      // Inside-out work is drawn fainter: the organisation's own, met by no customer.
      opacity: mark === 'unanchored' ? 0.5 : 1,
    },
    title: title(box),
    moment: step?.momentThatMatters === true ? moment() : null,
    tags,
    dots: dots && dots.count > 0 ? dotBadge(dots, CARD_METRICS.accentWidth + TAG.dotsInset, box.height, surface, measure) : null,
  };
}

// The selection outranks the analysis's mark, which outranks the evidence.
function outline(box: CardInput['box'], evidence: Evidence | undefined, mark: CoverageMark | undefined, selected: boolean): CardOutline {
  const body = { width: box.width, height: box.height, cornerRadius: CARD_METRICS.cornerRadius, fill: PALETTE.cardFill };
  // Shadows cost a blur per card per frame on the canvas: only the selection lifts off the page.
  if (selected) return { ...body, stroke: PALETTE.selection, strokeWidth: 2, dash: null, lineCap: 'butt', shadow: { colour: PALETTE.ink, opacity: 0.18, blur: 8, offsetY: 2 } };
  if (mark === 'unanchored') return { ...body, stroke: PALETTE.unanchored, strokeWidth: 1.5, dash: [5, 4], lineCap: 'butt', shadow: null };
  const known = evidence ? EVIDENCE_OUTLINE[evidence] : undefined;
  if (known) return { ...body, stroke: PALETTE.mutedInk, ...known, shadow: null };
  return { ...body, stroke: PALETTE.cardStroke, strokeWidth: 1, dash: null, lineCap: 'butt', shadow: null };
}

function title(box: CardInput['box']): CardTitle {
  const titled = box.title.trim() !== '';
  const style = titled ? CARD_TITLE_TEXT : { ...CARD_TITLE_TEXT, italic: true };
  const height = box.height - CARD_TITLE_INSET.top - CARD_TITLE_INSET.bottom;
  return {
    x: CARD_TITLE_INSET.left,
    y: CARD_TITLE_INSET.top,
    width: box.width - CARD_TITLE_INSET.left - CARD_TITLE_INSET.right,
    height,
    text: titled ? box.title : 'Untitled step',
    style,
    fill: titled ? PALETTE.ink : PALETTE.faintInk,
    lineHeight: LINE_HEIGHT,
    maxLines: Math.max(1, Math.floor(height / (style.size * LINE_HEIGHT))),
  };
}

// On a white disc, so the star stands clear of the outline it sits on.
function moment(): CardMoment {
  return {
    x: CARD_METRICS.accentWidth + CARD_METRICS.paddingX + 2,
    y: 0,
    points: 5,
    outerRadius: STAR_RADIUS - 1,
    innerRadius: (STAR_RADIUS - 1) * 0.45,
    fill: PALETTE.ink,
    disc: { radius: STAR_RADIUS + 1.5, fill: PALETTE.cardFill, stroke: PALETTE.cardStroke, strokeWidth: 1 },
  };
}

// A tag's right end is inset from the card's right edge; its middle is on the edge at `edgeY`.
function tag({ words, colour, dot }: { readonly words: string; readonly colour: string; readonly dot: boolean }, cardWidth: number, edgeY: number, surface: Surface, measure: MeasureStyledText): CardTag {
  const { height, text } = CARD_TAG_SIZE[surface];
  const width = Math.ceil(measure(words, text)) + TAG.padding * 2 + (dot ? TAG.dotRoom : 0);
  const x = cardWidth - TAG.inset - width;
  return {
    words,
    x,
    y: edgeY - height / 2,
    width,
    height,
    cornerRadius: height / 2,
    fill: PALETTE.cardFill,
    stroke: colour,
    strokeWidth: 1,
    text: { x: x + TAG.padding + (dot ? TAG.dotRoom : 0), middle: edgeY, style: text, fill: colour },
    dot: dot ? { x: x + TAG.padding + TAG.dotRadius, y: edgeY, radius: TAG.dotRadius, fill: colour } : null,
  };
}
