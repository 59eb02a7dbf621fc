import type { CoverageAnalysis } from '../../analysis/coverage';
import { gapsBySeverity } from '../../analysis/severity';
import { formatSeverity, stepCountLabel } from '../../words/figureWords';
import { gapKindLabel } from '../../words/gapKindWords';
import type { ReportIndex } from '../../report/sections/reportIndex';
import { PALETTE } from '../../style/palette';
import type { DeckShape, DeckSlide } from '../deckShapes';
import { deckLines } from '../deckText';
import { BODY, DECK_TYPE, framedSlide, hatch, linesRuns, textBox, type SlideFooter } from './slideFrame';

const ROWS = 6;
const ROW = 60;
const COLUMNS = { rank: 36, kind: 170, who: 230, severity: 90 } as const;

/** Severity's formula, short enough for a slide; the report says it in full. */
export const SEVERITY_LINE = 'Severity: each step counts 1, plus 1 for each point of negative emotion, plus 3 for a moment that matters, weighted up by the customers a month who go through it.';

/** The gaps most severe first (equal ones in lane, then column order): where, what, who is with the customer, and the score with how it is made. */
export function gapsSlide(analysis: CoverageAnalysis, { titleOf }: ReportIndex, footer: SlideFooter): DeckSlide {
  const named = analysis.lanes.length > 1;
  const gaps = gapsBySeverity(analysis.lanes.flatMap((lane) => lane.gaps.map((gap) => ({ ...gap, lane: lane.title || lane.laneId }))));
  const stepsWidth = BODY.w - COLUMNS.rank - COLUMNS.kind - COLUMNS.who - COLUMNS.severity;
  const shapes: DeckShape[] = [];
  const heads: [string, number, number][] = [
    ['#', BODY.x, COLUMNS.rank],
    ['Gap', BODY.x + COLUMNS.rank, COLUMNS.kind],
    ['Steps', BODY.x + COLUMNS.rank + COLUMNS.kind, stepsWidth],
    ['Who is with the customer', BODY.x + COLUMNS.rank + COLUMNS.kind + stepsWidth, COLUMNS.who],
  ];
  for (const [text, x, w] of heads) shapes.push(textBox(x, BODY.y, w - 8, 18, text.toUpperCase(), 12, { bold: true, colour: PALETTE.mutedInk }));
  shapes.push(textBox(BODY.x + BODY.w - COLUMNS.severity, BODY.y, COLUMNS.severity, 18, 'SEVERITY', 12, { bold: true, colour: PALETTE.mutedInk, align: 'right' }));
  shapes.push({ kind: 'rect', x: BODY.x, y: BODY.y + 22, w: BODY.w, h: 1, fill: PALETTE.ink });
  if (gaps.length === 0) shapes.push(textBox(BODY.x, BODY.y + 34, BODY.w, 30, 'No gaps: the organisation accompanies every step of the journey.', DECK_TYPE.body));
  gaps.slice(0, ROWS).forEach((gap, index) => {
    const y = BODY.y + 28 + index * ROW;
    const first = titleOf(gap.stepIds[0]!);
    const steps = gap.stepIds.length === 1 ? first : `${first} → ${titleOf(gap.stepIds.at(-1)!)}`;
    const who = gap.accompaniedBy.length === 0 ? 'Nobody' : gap.accompaniedBy.map(titleOf).join('; ');
    const kind = `${gapKindLabel(gap.kind)} · ${stepCountLabel(gap.stepIds.length)}`;
    shapes.push(
      textBox(BODY.x, y + 4, COLUMNS.rank, 24, `${index + 1}`, DECK_TYPE.body, { colour: PALETTE.mutedInk }),
      { kind: 'rect', x: BODY.x + COLUMNS.rank, y: y + 7, w: 14, h: 14, fill: '#f6e7e1', line: PALETTE.gap, lineWidth: 0.75 },
      hatch(BODY.x + COLUMNS.rank, y + 7, 14, 14, 4, PALETTE.gap, 0),
      textBox(BODY.x + COLUMNS.rank + 20, y + 4, COLUMNS.kind - 28, ROW - 8, linesRuns(deckLines(kind, COLUMNS.kind - 28, DECK_TYPE.body, 2, true)), DECK_TYPE.body, { bold: true, colour: PALETTE.gapInk }),
      textBox(BODY.x + COLUMNS.rank + COLUMNS.kind, y + 4, stepsWidth - 12, ROW - 8, linesRuns(deckLines(`${named ? `${gap.lane}: ` : ''}${steps}`, stepsWidth - 12, DECK_TYPE.body, 2)), DECK_TYPE.body),
      textBox(BODY.x + COLUMNS.rank + COLUMNS.kind + stepsWidth, y + 4, COLUMNS.who - 12, ROW - 8, linesRuns(deckLines(who, COLUMNS.who - 12, DECK_TYPE.body, 2)), DECK_TYPE.body, { colour: gap.accompaniedBy.length === 0 ? PALETTE.mutedInk : PALETTE.ink }),
      textBox(BODY.x + BODY.w - COLUMNS.severity, y + 4, COLUMNS.severity, 24, formatSeverity(gap.severity), DECK_TYPE.body, { bold: true, align: 'right' }),
      { kind: 'rect', x: BODY.x, y: y + ROW - 1, w: BODY.w, h: 0.5, fill: PALETTE.gridLine },
    );
  });
  const more = gaps.length - ROWS;
  const noteY = BODY.y + 28 + Math.min(ROWS, Math.max(gaps.length, 1)) * ROW + 8;
  if (more > 0) shapes.push(textBox(BODY.x, noteY, BODY.w, 24, `And ${more} more ${more === 1 ? 'gap' : 'gaps'}: the report lists them all.`, DECK_TYPE.body, { colour: PALETTE.mutedInk }));
  shapes.push(textBox(BODY.x, BODY.y + BODY.h - 40, BODY.w, 40, linesRuns(deckLines(SEVERITY_LINE, BODY.w, 14, 2)), 14, { colour: PALETTE.mutedInk }));
  return framedSlide('gaps', { kicker: 'Gaps', heading: 'The gaps, most severe first', figure: `${gaps.length} ${gaps.length === 1 ? 'gap' : 'gaps'}` }, shapes, footer);
}
