import type { LaneBand, MapLayout, Rect, StageHeader, StepBox } from './mapLayout';

/** A point in map coordinates (canvas pixels at 100 % zoom, origin at the map's top-left corner). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One lane's cell at one column: where a step can be dropped. */
export interface Cell {
  readonly laneId: string;
  readonly column: number;
}

/** Which end of a stage a pointer is on. */
export type StageEdge = 'from' | 'to';

/** Whether two rectangles share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a point lies inside a rectangle (left and top edges in, right and bottom out). */
export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
}

/** The rectangle spanned by two corners given in any order. */
export function rectBetween(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

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
