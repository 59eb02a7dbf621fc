import { emotionBandAt, emotionPointAt } from './emotionCurve';
import { contains, intersects, type Point } from './geometry';
import type { EmotionCurveLayout, EmotionPoint, LaneBand, MapLayout, Rect, StageHeader, StepBox } from './mapLayout';
import { regionAt, type CanvasRegion, type CanvasView } from './viewTransform';

/** The grip on the selected card's right edge that resizes its span, in map pixels. */
export const RESIZE_GRIP = { width: 8, height: 28, reach: 10 } as const;
/** How near a stage's edge, in screen pixels, the pointer grabs the edge. */
export const STAGE_EDGE_REACH = 6;
/** How near a curve point, in screen pixels, a press grabs it. */
export const EMOTION_POINT_REACH = 12;

/** One lane's cell at one column: where a step can be dropped. */
export interface Cell {
  readonly laneId: string;
  readonly column: number;
}

/** Which end of a stage a pointer is on. */
export type StageEdge = 'from' | 'to';

/**
 * The column under an x coordinate, clamped to the columns the layout has: a pointer left of the
 * first column means column 0, right of the last one the last column.
 */
export function columnAt(layout: Pick<MapLayout, 'axis' | 'columnWidth' | 'columnCount'>, x: number): number {
  const column = Math.floor((x - layout.axis.x) / layout.columnWidth);
  return Math.max(0, Math.min(Math.max(0, layout.columnCount - 1), column));
}

/** The lane band under a y coordinate, or null above the first lane or below the last. */
export function laneAt(layout: Pick<MapLayout, 'lanes'>, y: number): LaneBand | null {
  // Lanes are stacked top to bottom: binary search, so hit testing stays cheap on tall maps.
  let low = 0;
  let high = layout.lanes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const lane = layout.lanes[mid]!;
    if (y < lane.y) high = mid - 1;
    else if (y >= lane.y + lane.height) low = mid + 1;
    else return lane;
  }
  return null;
}

/** The lane under a y coordinate, or the nearest one (first or last) when the point is above or below all lanes. */
export function nearestLane(layout: Pick<MapLayout, 'lanes'>, y: number): LaneBand | null {
  const { lanes } = layout;
  if (lanes.length === 0) return null;
  if (y < lanes[0]!.y) return lanes[0]!;
  const last = lanes[lanes.length - 1]!;
  if (y >= last.y + last.height) return last;
  return laneAt(layout, y);
}

/** The cell under a point of the lanes' body, or null outside it (over the lane headers, the axis or past the last lane). */
export function cellAt(layout: MapLayout, point: Point): Cell | null {
  if (point.x < layout.axis.x || point.x >= layout.axis.x + layout.columnCount * layout.columnWidth) return null;
  const lane = laneAt(layout, point.y);
  return lane ? { laneId: lane.laneId, column: columnAt(layout, point.x) } : null;
}

/** The card under a point, or null. Cards do not overlap (stacked rows), so the first hit is the only one. */
export function stepAt(layout: Pick<MapLayout, 'steps'>, point: Point): StepBox | null {
  for (const box of layout.steps) if (contains(box, point)) return box;
  return null;
}

/** The ids of the cards a rectangle touches, in layout order: what a marquee selects. */
export function stepsInRect(steps: readonly StepBox[], rect: Rect): string[] {
  return steps.filter((box) => intersects(box, rect)).map((box) => box.stepId);
}

/** The stage header over an x coordinate of the stage row, or null where no stage is. */
export function stageAt(layout: Pick<MapLayout, 'stages'>, x: number): StageHeader | null {
  return layout.stages.find((stage) => x >= stage.x && x < stage.x + stage.width) ?? null;
}

/**
 * The stage edge within `tolerance` of an x coordinate: where a drag resizes a stage. Where two
 * stages meet, the edge of the stage the pointer is over wins, so both stay reachable.
 */
export function stageEdgeAt(layout: Pick<MapLayout, 'stages'>, x: number, tolerance: number): { readonly stageId: string; readonly edge: StageEdge } | null {
  let best: { stageId: string; edge: StageEdge; distance: number; inside: boolean } | null = null;
  for (const stage of layout.stages) {
    const inside = x >= stage.x && x < stage.x + stage.width;
    for (const [edge, at] of [
      ['from', stage.x],
      ['to', stage.x + stage.width],
    ] as const) {
      const distance = Math.abs(x - at);
      if (distance > tolerance) continue;
      if (!best || (inside && !best.inside) || (inside === best.inside && distance < best.distance)) best = { stageId: stage.stageId, edge, distance, inside };
    }
  }
  return best && { stageId: best.stageId, edge: best.edge };
}

/** The cards that a visible area of the map shows: those a virtualised canvas draws. */
export function stepsWithin(steps: readonly StepBox[], area: Rect): StepBox[] {
  return steps.filter((box) => intersects(box, area));
}

/** Whether a map point is on the resize grip of a card, which is easier to hit when zoomed out. */
export function onResizeGrip(box: StepBox, point: Point, zoom: number): boolean {
  const reach = RESIZE_GRIP.reach / Math.min(1, zoom);
  const right = box.x + box.width;
  return point.x >= right - reach && point.x <= right + reach / 2 && point.y >= box.y && point.y < box.y + box.height;
}

/**
 * What is under a point of the canvas, the one answer the cursor, a press, a double-click and the
 * context menu all act on. The most specific thing wins: the selected card's resize grip, a point
 * of an emotion curve, a card, the emotion band, an empty cell; in the header column a lane; in
 * the stage row a stage's edge, a stage, or the empty row at a column.
 */
export type CanvasTarget =
  | { readonly kind: 'resizeGrip'; readonly step: StepBox }
  | { readonly kind: 'emotionPoint'; readonly curve: EmotionCurveLayout; readonly point: EmotionPoint }
  | { readonly kind: 'step'; readonly step: StepBox }
  | { readonly kind: 'emotionBand'; readonly curve: EmotionCurveLayout }
  | { readonly kind: 'cell'; readonly cell: Cell }
  | { readonly kind: 'laneHeader'; readonly lane: LaneBand }
  | { readonly kind: 'stageEdge'; readonly stage: StageHeader; readonly edge: StageEdge }
  | { readonly kind: 'stage'; readonly stage: StageHeader }
  | { readonly kind: 'stageRow'; readonly column: number }
  | { readonly kind: 'none' };

/** A target with where it was found: the canvas region and the map point it means there. */
export interface CanvasHit {
  readonly target: CanvasTarget;
  readonly region: CanvasRegion;
  readonly at: Point;
}

/** The target under a screen point of the canvas viewport. `gripStepId` is the card whose resize grip shows (the one selected). */
export function targetAt(layout: MapLayout, view: CanvasView, screen: Point, gripStepId: string | null = null): CanvasHit {
  const { region, at } = regionAt(layout, view, screen);
  return { region, at, target: targetIn(layout, view.zoom, region, at, gripStepId) };
}

function targetIn(layout: MapLayout, zoom: number, region: CanvasRegion, at: Point, gripStepId: string | null): CanvasTarget {
  if (region === 'body') {
    const grip = gripStepId === null ? undefined : layout.steps.find((box) => box.stepId === gripStepId);
    if (grip && onResizeGrip(grip, at, zoom)) return { kind: 'resizeGrip', step: grip };
    const point = emotionPointAt(layout, at, EMOTION_POINT_REACH / zoom);
    if (point) return { kind: 'emotionPoint', ...point };
    const step = stepAt(layout, at);
    if (step) return { kind: 'step', step };
    const curve = emotionBandAt(layout, at);
    if (curve) return { kind: 'emotionBand', curve };
    const cell = cellAt(layout, at);
    return cell ? { kind: 'cell', cell } : { kind: 'none' };
  }
  if (region === 'laneHeaders') {
    const lane = laneAt(layout, at.y);
    return lane ? { kind: 'laneHeader', lane } : { kind: 'none' };
  }
  if (region === 'topRows' && at.y < layout.stageRow.y + layout.stageRow.height) {
    const edge = stageEdgeAt(layout, at.x, STAGE_EDGE_REACH / zoom);
    const edgeStage = edge && layout.stages.find((stage) => stage.stageId === edge.stageId);
    if (edge && edgeStage) return { kind: 'stageEdge', stage: edgeStage, edge: edge.edge };
    const stage = stageAt(layout, at.x);
    return stage ? { kind: 'stage', stage } : { kind: 'stageRow', column: columnAt(layout, at.x) };
  }
  return { kind: 'none' };
}
