import { analyseCoverage, type CoverageAnalysis, type Gap } from '../analysis/coverage';
import { lastColumnOf, type JourneyMap, type Lane, type LaneKind, type Step } from '../model/journeyMap';
import { stepCountLabel } from '../words/figureWords';
import { gapKindLabel } from '../words/gapKindWords';
import { LAYOUT_DIMENSIONS, type LayoutDimensions } from './dimensions';
import { emotionCurve, type EmotionEntry } from './emotionCurve';
import type { ColumnMark, EmotionCurveLayout, GapBand, LaneBand, MapLayout, Rect, StageHeader, StepBox } from './mapLayout';
import { stackRows } from './stackRows';

/** Choices a painter may make about the layout. */
export interface LayoutOptions {
  /** Show at least this many columns, so a map without steps still has room to look at. Default 0. */
  readonly minColumns?: number;
  /** Empty columns after the last one in use, where an editor can drop a step or stretch a stage. Default 0. */
  readonly spareColumns?: number;
  /** Keep the stage row even when the map has no stages, so an editor can draw the first one. Default false. */
  readonly showStageRow?: boolean;
  readonly dimensions?: LayoutDimensions;
}

// Journey on top because the method reads the organisation against the customer, not the other
// way round; context next to it because it is the customer's company; process lanes last.
const KIND_ORDER: readonly LaneKind[] = ['journey', 'context', 'process'];

/**
 * Computes where everything of a map is drawn. Pure: the same map gives the same geometry, so the
 * canvas, the SVG export and the printed report agree to the pixel. Without an analysis the
 * coverage is analysed here, so no painter can forget the gaps.
 */
export function layoutMap(map: JourneyMap, analysis: CoverageAnalysis = analyseCoverage(map), options: LayoutOptions = {}): MapLayout {
  const d = options.dimensions ?? LAYOUT_DIMENSIONS;
  const columnCount = Math.max(options.minColumns ?? 0, countColumns(map) + (options.spareColumns ?? 0));
  const bodyX = d.laneHeaderWidth;
  const bodyWidth = columnCount * d.columnWidth;
  const width = bodyX + bodyWidth;
  const columnX = (column: number): number => bodyX + column * d.columnWidth;

  const stageRow: Rect = { x: bodyX, y: 0, width: bodyWidth, height: map.stages.length > 0 || options.showStageRow ? d.stageHeaderHeight : 0 };
  const axis: Rect = { x: bodyX, y: stageRow.height, width: bodyWidth, height: d.columnAxisHeight };


  const stages: StageHeader[] = map.stages.map((stage) => ({
    stageId: stage.id,
    title: stage.title,
    x: columnX(stage.fromColumn),
    y: stageRow.y,
    width: (stage.toColumn - stage.fromColumn + 1) * d.columnWidth,
    height: stageRow.height,
  }));

  const stepsOfLane = new Map<string, Step[]>(map.lanes.map((lane) => [lane.id, []]));
  for (const step of map.steps) stepsOfLane.get(step.laneId)?.push(step);

  const lanes: LaneBand[] = [];
  const steps: StepBox[] = [];
  const emotionCurves: EmotionCurveLayout[] = [];
  let y = axis.y + axis.height;
  for (const lane of orderLanes(map.lanes)) {
    const laneSteps = stepsOfLane.get(lane.id) ?? [];
    const { rowOf, rowCount } = stackRows(laneSteps);
    const rowPitch = d.stepHeight + d.stepInset;
    const curveShown = lane.kind === 'journey' && lane.showEmotionCurve === true;
    const cardsHeight = d.stepInset + rowCount * rowPitch + (lane.kind === 'journey' ? d.gapLabelHeight : 0);
    const height = cardsHeight + (curveShown ? d.emotionBandHeight : 0);
    lanes.push({
      laneId: lane.id,
      kind: lane.kind,
      title: lane.title,
      detail: laneDetail(lane, map),
      x: 0,
      y,
      width,
      height,
      header: { x: 0, y, width: d.laneHeaderWidth, height },
      body: { x: bodyX, y, width: bodyWidth, height },
    });
    const firstBox = steps.length;
    for (const step of laneSteps) {
      const row = rowOf.get(step.id) ?? 0;
      steps.push({
        stepId: step.id,
        laneId: lane.id,
        laneKind: lane.kind,
        title: step.title,
        column: step.column,
        span: step.span,
        row,
        x: columnX(step.column) + d.stepInset,
        y: y + d.stepInset + row * rowPitch,
        width: step.span * d.columnWidth - 2 * d.stepInset,
        height: d.stepHeight,
      });
    }
    if (curveShown) {
      const band: Rect = { x: bodyX, y: y + cardsHeight, width: bodyWidth, height: d.emotionBandHeight };
      emotionCurves.push(emotionCurve(lane.id, band, emotionEntries(steps.slice(firstBox), laneSteps)));
    }
    y += height;
  }

  const gaps = layoutGapBands(analysis, { lanes, axis, columnWidth: d.columnWidth, emotionCurves }, d);
  return { width, height: y, columnCount, columnWidth: d.columnWidth, stageRow, axis, stages, lanes, steps, gaps, emotionCurves };
}

// Each step at its card's centre, in column order (then row), which is the order the curve runs.
function emotionEntries(boxes: readonly StepBox[], laneSteps: readonly Step[]): EmotionEntry[] {
  const emotionOf = new Map(laneSteps.map((step) => [step.id, step.emotion ?? null]));
  return [...boxes]
    .sort((a, b) => a.column - b.column || a.row - b.row)
    .map((box) => ({ stepId: box.stepId, x: box.x + box.width / 2, emotion: emotionOf.get(box.stepId) ?? null }));
}

function countColumns(map: JourneyMap): number {
  let count = 0;
  for (const step of map.steps) count = Math.max(count, lastColumnOf(step) + 1);
  for (const stage of map.stages) count = Math.max(count, stage.toColumn + 1);
  return count;
}

/** Lanes in the order every painter draws them: journey lanes, then context, then process, each kind in the file's order. */
export function orderLanes(lanes: readonly Lane[]): Lane[] {
  return KIND_ORDER.flatMap((kind) => lanes.filter((lane) => lane.kind === kind));
}

/** Who walks a journey lane (its persona's name) or answers for a process lane (its owner); null when not named. */
export function laneDetail(lane: Lane, map: JourneyMap): string | null {
  const detail =
    lane.kind === 'journey' ? map.personas?.find((candidate) => candidate.id === lane.personaId)?.name : lane.kind === 'process' ? lane.owner : undefined;
  return detail !== undefined && detail.trim() !== '' ? detail : null;
}

/** Columns `[fromColumn, toColumn]` (inclusive) where a gap is drawn. */
export interface ColumnRange {
  readonly fromColumn: number;
  readonly toColumn: number;
}

/**
 * The gap bands of an analysis over an existing layout's lanes and columns. An editor previewing a
 * drag passes `rangeOf` to draw each gap where its steps are shown now (the dragged ones at their
 * drop cell) rather than where the previewed map would shift them, so the bands stay under the cards.
 */
export function layoutGapBands(
  analysis: CoverageAnalysis,
  layout: Pick<MapLayout, 'lanes' | 'axis' | 'columnWidth' | 'emotionCurves'>,
  d: LayoutDimensions = LAYOUT_DIMENSIONS,
  rangeOf: (gap: Gap) => ColumnRange = (gap) => gap,
): GapBand[] {
  const { lanes } = layout;
  const columnX = (column: number): number => layout.axis.x + column * layout.columnWidth;
  const bandOf = new Map(lanes.map((lane) => [lane.laneId, lane]));
  // Process lanes come last, so they form one block at the bottom: the reach covers that block
  // only, and does not wash over other journey lanes or the customer's context.
  const processLanes = lanes.filter((lane) => lane.kind === 'process');
  const processTop = processLanes[0]?.y ?? 0;
  const processBottom = processLanes.reduce((bottom, lane) => Math.max(bottom, lane.y + lane.height), processTop);
  // A lane's emotion band is a chart of its own under the gap labels: the gap's tint stops above it.
  const curveHeightOf = new Map(layout.emotionCurves.map((curve) => [curve.laneId, curve.band.height]));
  const gaps: GapBand[] = [];
  for (const coverage of analysis.lanes) {
    const lane = bandOf.get(coverage.laneId);
    if (!lane) continue;
    const height = lane.height - (curveHeightOf.get(lane.laneId) ?? 0);
    const laneBottom = lane.y + height;
    for (const gap of coverage.gaps) {
      const { fromColumn, toColumn } = rangeOf(gap);
      const x = columnX(fromColumn);
      const width = (toColumn - fromColumn + 1) * layout.columnWidth;
      gaps.push({
        laneId: lane.laneId,
        kind: gap.kind,
        stepIds: gap.stepIds,
        fromColumn,
        toColumn,
        band: { x, y: lane.y, width, height },
        reach: processBottom > processTop ? { x, y: processTop, width, height: processBottom - processTop } : null,
        labelBox: { x: x + d.stepInset, y: laneBottom - d.gapLabelHeight, width: width - 2 * d.stepInset, height: d.gapLabelHeight },
        label: gapKindLabel(gap.kind),
        detail: stepCountLabel(gap.stepIds.length),
      });
    }
  }
  return gaps;
}

/**
 * The marks of the columns from `first` to `last` (clamped to the layout's columns), made when a
 * painter asks for the ones it shows: the layout itself holds nothing per column, so a map whose
 * steps sit thousands of columns apart costs no more than one whose steps are side by side.
 */
export function columnMarks(layout: Pick<MapLayout, 'axis' | 'columnWidth' | 'columnCount'>, first: number, last: number): ColumnMark[] {
  const marks: ColumnMark[] = [];
  const to = Math.min(last, layout.columnCount - 1);
  for (let column = Math.max(0, first); column <= to; column++) {
    marks.push({ column, label: String(column + 1), x: layout.axis.x + column * layout.columnWidth, y: layout.axis.y, width: layout.columnWidth, height: layout.axis.height });
  }
  return marks;
}
