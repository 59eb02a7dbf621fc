import type { CoverageAnalysis } from '../analysis/coverage';
import { lastColumnOf, type JourneyMap } from '../model/journeyMap';
import { overviewView } from '../presentation/overviewView';
import { processStrips } from '../presentation/processStrips';
import { KIND_ACCENT, LANE_FILL, PALETTE } from '../style/palette';
import type { DeckShape } from './deckShapes';
import { overviewStepTitle } from './overviewTitle';
import { deckLines, linesHeight } from './deckText';
import { hatch, linesRuns, textBox } from './slides/slideFrame';

/** The box the overview fills and the type it may use, in points. */
export interface OverviewFrame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** No title is set smaller: below it a title is shortened, turned on its side, or left to the detailed pages. */
  readonly minSize: number;
  /** The largest size a step's title is set at. */
  readonly maxSize: number;
}

const STRIP = 0.045;

/**
 * The whole journey on one page or slide, at any length: the stages over the columns that hold a
 * journey step, each journey lane's steps by title above a strip of its covered stretches and its
 * gaps (tinted and hatched), and per process lane a strip of where it accompanies the customer.
 * Titles are set between `maxSize` and `minSize`; a step too narrow for a title across is titled
 * on its side, and one too narrow for that keeps its box alone.
 */
export function overviewShapes(map: JourneyMap, analysis: CoverageAnalysis, frame: OverviewFrame): DeckShape[] {
  const view = overviewView(map, analysis);
  const strips = processStrips(map);
  const header = Math.min(170, frame.w * 0.16);
  const columnWidth = (frame.w - header) / Math.max(view.columns, 1);
  const xOf = (at: number): number => frame.x + header + at * columnWidth;
  const stripHeight = Math.max(frame.maxSize, frame.h * STRIP);
  const stageRow = view.stages.length > 0 ? frame.maxSize * 2.6 : 0;
  const laneSize = Math.max(frame.minSize, frame.maxSize * 0.9);
  const processHeight = Math.max(stripHeight, linesHeight(1, laneSize) + 6);
  const journeyRoom = frame.h - stageRow - strips.length * processHeight - 8;
  // Room for five lines of titles across, or a longer title on its side when the steps are narrow:
  // a taller box would only stand empty.
  const titleLines = columnWidth >= frame.maxSize * 6 ? 5 : 10;
  const cardsHeight = Math.max(0, Math.min(linesHeight(titleLines, frame.maxSize) + 8, journeyRoom / Math.max(view.lanes.length, 1) - stripHeight - 6));

  const shapes: DeckShape[] = [];
  let y = frame.y;
  for (const stage of view.stages) {
    if (stage.span === 0) continue;
    const x = xOf(stage.from);
    const w = stage.span * columnWidth;
    const title = deckLines(stage.title.trim() || 'Untitled stage', w - 8, frame.maxSize, 1, true)[0] ?? '';
    const figure = deckLines(`${stage.covered} of ${stage.steps} covered`, w - 8, frame.maxSize * 0.8, 1)[0] ?? '';
    shapes.push({ kind: 'rect', x, y, w: w - 1, h: stageRow - 4, fill: PALETTE.stageFill });
    if (w - 8 >= frame.minSize * 2) shapes.push(textBox(x + 4, y + 2, w - 8, stageRow - 6, linesRuns([title, figure]), frame.maxSize * 0.8, { colour: PALETTE.mutedInk, bold: true }));
  }
  y += stageRow;

  const axis = journeyAxis(map);
  for (const lane of view.lanes) {
    const height = cardsHeight + stripHeight + 6;
    shapes.push({ kind: 'rect', x: frame.x, y, w: frame.w, h: height, fill: LANE_FILL.journey, line: PALETTE.laneDivider, lineWidth: 0.5 }, ...laneHeaderCell(frame.x, y, header, height, lane.title, 'journey', laneSize));
    const steps = map.steps.filter((step) => step.laneId === lane.laneId);
    for (const step of steps) {
      const from = axis.get(step.column)!;
      const to = axis.get(lastColumnOf(step)) ?? from;
      shapes.push(...overviewStepTitle(step.title.trim() || 'Untitled step', xOf(from), y + 2, (to - from + 1) * columnWidth, cardsHeight, frame));
    }
    const stripTop = y + cardsHeight + 4;
    for (const run of lane.runs) {
      if (run.state === 'empty') continue;
      const x = xOf(run.from);
      const w = run.span * columnWidth;
      if (run.state === 'covered') shapes.push({ kind: 'rect', x, y: stripTop, w, h: stripHeight, fill: PALETTE.covered, transparency: 25 });
      else shapes.push({ kind: 'rect', x, y: stripTop, w, h: stripHeight, fill: PALETTE.gap, transparency: 80 }, hatch(x, stripTop, w, stripHeight, Math.max(4, stripHeight / 3), PALETTE.gap, 30));
    }
    y += height;
  }
  for (const strip of strips) {
    shapes.push({ kind: 'rect', x: frame.x, y, w: frame.w, h: processHeight, fill: LANE_FILL.process, line: PALETTE.laneDivider, lineWidth: 0.5 }, ...laneHeaderCell(frame.x, y, header, processHeight, strip.title, 'process', laneSize));
    for (const run of strip.runs) shapes.push({ kind: 'rect', x: xOf(run.from), y: y + (processHeight - stripHeight * 0.6) / 2, w: run.span * columnWidth, h: stripHeight * 0.6, fill: KIND_ACCENT.process, transparency: 20 });
    y += processHeight;
  }
  return shapes;
}

/** The overview's columns: those holding a journey step, numbered side by side from 0, as `overviewView` counts them. */
function journeyAxis(map: JourneyMap): Map<number, number> {
  const journeys = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const columns = new Set<number>();
  for (const step of map.steps) if (journeys.has(step.laneId)) for (let column = step.column; column <= lastColumnOf(step); column++) columns.add(column);
  return new Map([...columns].sort((a, b) => a - b).map((column, index) => [column, index]));
}

function laneHeaderCell(x: number, y: number, width: number, height: number, title: string, kind: 'journey' | 'process', size: number): DeckShape[] {
  const lines = Math.max(1, Math.min(3, Math.floor((height - 4) / (size * 1.2))));
  const text = deckLines(title, width - 14, size, lines, true);
  return [
    { kind: 'rect', x, y, w: width, h: height, fill: PALETTE.laneHeader, line: PALETTE.laneDivider, lineWidth: 0.5 },
    { kind: 'rect', x, y, w: 3, h: height, fill: KIND_ACCENT[kind] },
    textBox(x + 8, y + 2, width - 12, height - 4, linesRuns(text), size, { bold: true, valign: 'middle' }),
  ];
}
