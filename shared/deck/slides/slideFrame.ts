import { hatchPath } from '../../layout/hatchPath';
import { PALETTE } from '../../style/palette';
import { DECK_SLIDE, type DeckPath, type DeckRun, type DeckShape, type DeckSlide, type DeckText } from '../deckShapes';
import { deckLines } from '../deckText';

/** The deck's type sizes in points: body text 18 or more, read from the back of the room. */
export const DECK_TYPE = {
  title: 40,
  heading: 30,
  kicker: 14,
  lead: 22,
  body: 18,
  label: 14,
  figure: 28,
  footer: 11,
} as const;

/** The slide's margin and the body's box under the heading, in points. */
export const MARGIN = 40;
export const BODY = { x: MARGIN, y: 112, w: DECK_SLIDE.width - 2 * MARGIN, h: 388 } as const;

/** A text box of one style. */
export function textBox(x: number, y: number, w: number, h: number, text: string | readonly DeckRun[], size: number, options: Partial<Omit<DeckText, 'kind' | 'runs' | 'size'>> = {}): DeckText {
  return { kind: 'text', x, y, w, h, runs: typeof text === 'string' ? [{ text }] : text, size, colour: PALETTE.ink, ...options };
}

/** Lines of text as the paragraphs of one box. */
export function linesRuns(lines: readonly string[]): DeckRun[] {
  return lines.map((text, index) => ({ text, ...(index > 0 ? { paragraph: true } : {}) }));
}

/** The diagonal hatching of a box, as the map's gaps are hatched: a gap reads in greyscale too. */
export function hatch(x: number, y: number, w: number, h: number, spacing: number, colour: string, transparency: number): DeckPath {
  const points = [...hatchPath({ x: 0, y: 0, width: w, height: h }, spacing).matchAll(/M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)/g)].flatMap((match) => [
    { x: Number(match[1]), y: Number(match[2]), move: true },
    { x: Number(match[3]), y: Number(match[4]) },
  ]);
  return { kind: 'path', x, y, w, h, points, line: colour, lineWidth: 0.75, transparency };
}

/** What every slide but the title carries: a kicker over the heading, and a footer with the map's title and the slide's number. */
export interface SlideHead {
  readonly kicker: string;
  readonly heading: string;
  /** A figure at the heading's right, such as "4 of 10 steps covered". */
  readonly figure?: string;
}

/** The slide's place in the deck, for the footer. */
export interface SlideFooter {
  readonly mapTitle: string;
  readonly number: number;
  readonly count: number;
}

/** A slide with its heading, its body's shapes and its footer. */
export function framedSlide(kind: DeckSlide['kind'], head: SlideHead, body: readonly DeckShape[], footer: SlideFooter): DeckSlide {
  const figureWidth = head.figure ? 300 : 0;
  const heading = deckLines(head.heading, BODY.w - figureWidth, DECK_TYPE.heading, 1, true)[0] ?? '';
  const shapes: DeckShape[] = [
    textBox(MARGIN, 26, BODY.w, 20, head.kicker.toUpperCase(), DECK_TYPE.kicker, { bold: true, colour: PALETTE.selection }),
    textBox(MARGIN, 48, BODY.w - figureWidth, 42, heading, DECK_TYPE.heading, { bold: true }),
    { kind: 'rect', x: MARGIN, y: 96, w: BODY.w, h: 1, fill: PALETTE.ink },
    ...body,
    textBox(MARGIN, DECK_SLIDE.height - 30, BODY.w - 80, 16, deckLines(footer.mapTitle, BODY.w - 80, DECK_TYPE.footer, 1)[0] ?? '', DECK_TYPE.footer, { colour: PALETTE.mutedInk }),
    textBox(DECK_SLIDE.width - MARGIN - 80, DECK_SLIDE.height - 30, 80, 16, `${footer.number} / ${footer.count}`, DECK_TYPE.footer, { colour: PALETTE.mutedInk, align: 'right' }),
  ];
  if (head.figure) shapes.splice(2, 0, textBox(DECK_SLIDE.width - MARGIN - figureWidth, 52, figureWidth, 30, head.figure, DECK_TYPE.body, { colour: PALETTE.mutedInk, align: 'right', valign: 'bottom' }));
  return { kind, shapes };
}
