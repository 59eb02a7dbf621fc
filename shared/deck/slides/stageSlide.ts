import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap } from '../../model/journeyMap';
import { columnsSlideView, type SlideCard, type SlideLane } from '../../presentation/columnsSlideView';
import type { ColumnsSlide } from '../../presentation/slides';
import { columnsLabel, coveredLabel } from '../../presentation/slideWords';
import { KIND_ACCENT, LANE_DETAIL_LABEL, LANE_FILL, PALETTE } from '../../style/palette';
import { formatSeverity } from '../../words/figureWords';
import { LANE_KIND_TITLES } from '../../words/laneKindWords';
import type { DeckShape, DeckSlide } from '../deckShapes';
import { deckLines, linesHeight } from '../deckText';
import { BODY, framedSlide, hatch, linesRuns, textBox, type SlideFooter } from './slideFrame';

const HEADER = 170;
const AXIS = 22;
const LABEL_ROW = 26;
const ABSENT_ROW = 44;
const TALLEST_ROW = 118;
const CARD_INSET = 4;
const CARD_PADDING = 8;
/** Card titles are set as large as lets every title on the slide show whole, never below the smallest. */
const CARD_SIZES = [18, 16, 14] as const;
const SMALLEST_CARD_SIZE = 12;

/**
 * One stage (or part of one) as native shapes: each lane with a card here is a band with its
 * header, the cards are rounded boxes with their titles as text, the gaps are tinted and hatched
 * over their columns and faintly down through the organisation's lanes, and labelled with their
 * kind, length and severity.
 */
export function stageSlide(map: JourneyMap, analysis: CoverageAnalysis, slide: ColumnsSlide, place: string, heading: string, footer: SlideFooter): DeckSlide {
  const view = columnsSlideView(map, analysis, slide);
  const head = { kicker: `${place} · ${columnsLabel(view.columns)}`, heading, ...(view.journeySteps > 0 ? { figure: coveredLabel(view.covered, view.journeySteps) } : {}) };
  if (view.columns.length === 0) return framedSlide('stage', head, [textBox(BODY.x, BODY.y, BODY.w, 30, 'No step is placed in this stage yet.', 18, { colour: PALETTE.mutedInk })], footer);

  const labelled = new Set(view.gaps.map((gap) => gap.laneId));
  const rows = view.lanes.reduce((sum, lane) => sum + lane.rows, 0);
  const fixed = AXIS + labelled.size * LABEL_ROW + (view.organisationPresent ? 0 : ABSENT_ROW);
  const rowHeight = Math.min(TALLEST_ROW, (BODY.h - fixed) / Math.max(rows, 1));
  const columnWidth = (BODY.w - HEADER) / view.columns.length;
  const left = BODY.x + HEADER;
  const xOf = (from: number): number => left + from * columnWidth;

  const shapes: DeckShape[] = [];
  view.columns.forEach((column, index) =>
    shapes.push(textBox(xOf(index), BODY.y, columnWidth, AXIS - 4, `${column + 1}`, 12, { colour: PALETTE.mutedInk, align: 'center' })),
  );
  let y = BODY.y + AXIS;
  const laneTop = new Map<string, number>();
  const laneHeight = new Map<string, number>();
  for (const lane of view.lanes) {
    const height = lane.rows * rowHeight + (labelled.has(lane.laneId) ? LABEL_ROW : 0);
    laneTop.set(lane.laneId, y);
    laneHeight.set(lane.laneId, height);
    shapes.push({ kind: 'rect', x: BODY.x, y, w: BODY.w, h: height, fill: LANE_FILL[lane.kind], line: PALETTE.laneDivider, lineWidth: 0.5 }, ...laneHeader(lane, BODY.x, y, height));
    y += height;
  }
  if (!view.organisationPresent) {
    shapes.push(textBox(left + 8, y + 8, BODY.w - HEADER - 16, ABSENT_ROW - 16, 'No team of the organisation works in these columns.', 16, { colour: PALETTE.gapInk, bold: true, valign: 'middle' }));
  }
  const bottom = y + (view.organisationPresent ? 0 : ABSENT_ROW);
  for (let index = 1; index < view.columns.length; index++) shapes.push({ kind: 'rect', x: xOf(index), y: BODY.y + AXIS, w: 0.5, h: bottom - BODY.y - AXIS, fill: PALETTE.gridLine });

  // The gaps' tint and hatching under the cards: in their journey lane, and faintly through the organisation's lanes.
  const process = view.lanes.filter((lane) => lane.kind === 'process');
  const reachTop = process[0] ? laneTop.get(process[0].laneId)! : y;
  const reachBottom = process.length > 0 ? laneTop.get(process.at(-1)!.laneId)! + laneHeight.get(process.at(-1)!.laneId)! : bottom;
  for (const gap of view.gaps) {
    const x = xOf(gap.from);
    const w = gap.span * columnWidth;
    const top = laneTop.get(gap.laneId)!;
    const height = laneHeight.get(gap.laneId)!;
    shapes.push(
      { kind: 'rect', x, y: top, w, h: height, fill: PALETTE.gap, transparency: 90 },
      hatch(x, top, w, height, 12, PALETTE.gap, 65),
      { kind: 'rect', x, y: reachTop, w, h: reachBottom - reachTop, fill: PALETTE.gap, transparency: 95 },
      hatch(x, reachTop, w, reachBottom - reachTop, 16, PALETTE.gap, 82),
      textBox(x + 6, top + height - LABEL_ROW + 4, w - 12, LABEL_ROW - 6, deckLines(`${gap.words} · severity ${formatSeverity(gap.severity)}`, w - 12, 14, 1, true)[0] ?? '', 14, { bold: true, colour: PALETTE.gapInk }),
    );
  }

  const cardHeight = rowHeight - 2 * CARD_INSET;
  const size = cardSize(view.lanes, columnWidth, cardHeight);
  const lines = Math.max(1, Math.floor((cardHeight - 2 * CARD_PADDING) / (size * 1.2)));
  for (const lane of view.lanes) for (const card of lane.cards) shapes.push(...cardShapes(card, lane, xOf(card.from), laneTop.get(lane.laneId)! + card.row * rowHeight, card.span * columnWidth, rowHeight, size, lines));
  return framedSlide('stage', head, shapes, footer);
}

/** The largest of the card sizes at which every title here shows whole; the smallest one otherwise. */
function cardSize(lanes: readonly SlideLane[], columnWidth: number, cardHeight: number): number {
  for (const size of CARD_SIZES) {
    const lines = Math.floor((cardHeight - 2 * CARD_PADDING) / (size * 1.2));
    if (lines < 1) continue;
    const whole = lanes.every((lane) =>
      lane.cards.every((card) => {
        const text = titleOf(card);
        const wrapped = deckLines(text, card.span * columnWidth - 2 * CARD_INSET - 2 * CARD_PADDING - 4, size, lines);
        return !wrapped.at(-1)?.endsWith('…') || text.endsWith('…');
      }),
    );
    if (whole) return size;
  }
  return Math.floor((cardHeight - 2 * CARD_PADDING + 4) / 1.2) >= CARD_SIZES.at(-1)! ? CARD_SIZES.at(-1)! : SMALLEST_CARD_SIZE;
}

const titleOf = (card: SlideCard): string => `${card.momentThatMatters ? '★ ' : ''}${card.title.trim() || 'Untitled step'}`;

function cardShapes(card: SlideCard, lane: SlideLane, x: number, y: number, w: number, h: number, size: number, lines: number): DeckShape[] {
  const box = { x: x + CARD_INSET, y: y + CARD_INSET, w: w - 2 * CARD_INSET, h: h - 2 * CARD_INSET };
  const unanchored = card.mark === 'unanchored';
  const text = deckLines(titleOf(card), box.w - 2 * CARD_PADDING - 4, size, lines);
  return [
    { kind: 'rect', ...box, fill: PALETTE.cardFill, line: unanchored ? PALETTE.unanchored : card.inGap ? PALETTE.gap : PALETTE.cardStroke, lineWidth: unanchored || card.inGap ? 1.25 : 0.75, dashed: unanchored, radius: 4 },
    { kind: 'rect', x: box.x, y: box.y, w: 4, h: box.h, fill: KIND_ACCENT[lane.kind] },
    textBox(box.x + CARD_PADDING + 4, box.y + CARD_PADDING - 2, box.w - 2 * CARD_PADDING - 4, Math.min(box.h - CARD_PADDING, linesHeight(text.length, size) + 4), linesRuns(text), size, {
      colour: card.title.trim() ? PALETTE.ink : PALETTE.faintInk,
    }),
  ];
}

/** A lane's header cell: its kind in small capitals, its title, and its persona or owner. */
function laneHeader(lane: SlideLane, x: number, y: number, height: number): DeckShape[] {
  const width = HEADER - 18;
  const titleLines = Math.max(1, Math.min(3, Math.floor((height - 30 - (lane.detail ? 16 : 0)) / (16 * 1.2))));
  const title = deckLines(lane.title, width, 16, titleLines, true);
  const shapes: DeckShape[] = [
    { kind: 'rect', x, y, w: HEADER, h: height, fill: PALETTE.laneHeader, line: PALETTE.laneDivider, lineWidth: 0.5 },
    { kind: 'rect', x, y, w: 4, h: height, fill: KIND_ACCENT[lane.kind] },
    textBox(x + 12, y + 6, width, 16, LANE_KIND_TITLES[lane.kind].toUpperCase(), 11, { bold: true, colour: KIND_ACCENT[lane.kind] }),
    textBox(x + 12, y + 22, width, linesHeight(title.length, 16) + 2, linesRuns(title), 16, { bold: true }),
  ];
  if (lane.detail && height > 60) {
    shapes.push(textBox(x + 12, y + height - 20, width, 16, deckLines(`${LANE_DETAIL_LABEL[lane.kind]}: ${lane.detail}`, width, 12, 1)[0] ?? '', 12, { colour: PALETTE.mutedInk }));
  }
  return shapes;
}
