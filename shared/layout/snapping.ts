import { LAYOUT_DIMENSIONS, type LayoutDimensions } from './dimensions';
import { nearestLane } from './hitTest';
import type { MapLayout, Rect, StageHeader, StepBox } from './mapLayout';

/** How far a dragged group of cards moves, in whole columns and lanes (lanes in screen order). */
export interface MoveSnap {
  readonly columnDelta: number;
  readonly laneDelta: number;
}

/**
 * Where a drag of `moving` cards lands: as many columns as the pointer moved (rounded to the
 * nearest column), into the lane under the pointer. Clamped as a whole the way `moveSteps` clamps,
 * so the drop preview shows exactly what the drop will do; and on the right so the last card
 * starts in the layout's last column at the latest, where its drop preview can still be seen (the
 * editor's layout keeps spare columns, so a drop there makes room for the next).
 */
export function snapMove(layout: Pick<MapLayout, 'lanes' | 'columnWidth' | 'columnCount'>, moving: readonly StepBox[], grabbedLaneId: string, dx: number, pointerY: number): MoveSnap {
  if (moving.length === 0) return { columnDelta: 0, laneDelta: 0 };
  const indexOf = new Map(layout.lanes.map((lane, index) => [lane.laneId, index]));
  const target = nearestLane(layout, pointerY);
  let laneDelta = target ? indexOf.get(target.laneId)! - (indexOf.get(grabbedLaneId) ?? 0) : 0;
  let top = Infinity;
  let bottom = -Infinity;
  let first = Infinity;
  let last = -Infinity;
  for (const box of moving) {
    const index = indexOf.get(box.laneId) ?? 0;
    top = Math.min(top, index);
    bottom = Math.max(bottom, index);
    first = Math.min(first, box.column);
    last = Math.max(last, box.column);
  }
  laneDelta = Math.min(layout.lanes.length - 1 - bottom, Math.max(-top, laneDelta));
  const furthest = Math.max(0, layout.columnCount - 1 - last);
  const columnDelta = Math.max(-first, Math.min(furthest, Math.round(dx / layout.columnWidth)));
  return { columnDelta: columnDelta + 0, laneDelta: laneDelta + 0 };
}

/** A card's place after a snapped move: on its new cell, in the lane's first row. */
export interface DropSpot extends Rect {
  readonly stepId: string;
  readonly laneId: string;
  readonly column: number;
  /** The lane is a journey lane and another card already holds one of these columns: the drop inserts columns. */
  readonly inserts: boolean;
}

/** The drop preview of a snapped move: one spot per moving card. */
export function dropSpots(layout: MapLayout, moving: readonly StepBox[], snap: MoveSnap, d: LayoutDimensions = LAYOUT_DIMENSIONS): DropSpot[] {
  const indexOf = new Map(layout.lanes.map((lane, index) => [lane.laneId, index]));
  const movingIds = new Set(moving.map((box) => box.stepId));
  return moving.map((box) => {
    const lane = layout.lanes[(indexOf.get(box.laneId) ?? 0) + snap.laneDelta] ?? layout.lanes[indexOf.get(box.laneId) ?? 0]!;
    const column = box.column + snap.columnDelta;
    const last = column + box.span - 1;
    const inserts =
      lane.kind === 'journey' &&
      layout.steps.some((other) => other.laneId === lane.laneId && !movingIds.has(other.stepId) && other.column <= last && other.column + other.span - 1 >= column);
    return {
      stepId: box.stepId,
      laneId: lane.laneId,
      column,
      inserts,
      x: layout.axis.x + column * layout.columnWidth + d.stepInset,
      y: lane.y + d.stepInset,
      width: box.width,
      height: box.height,
    };
  });
}

/** The span a card's right-edge handle gives after moving `dx` pixels: whole columns, at least 1. */
export function snapSpan(span: number, dx: number, columnWidth: number): number {
  return Math.max(1, span + Math.round(dx / columnWidth));
}

/** Where a dragged lane header would go: its new index in screen order, and the y of the insertion line. */
export interface LaneDrop {
  readonly toIndex: number;
  readonly lineY: number;
}

/**
 * The place a lane dragged to `y` takes among the lanes of its own kind (a lane never leaves its
 * group): before the first lane of the group whose middle is below `y`.
 */
export function laneDrop(layout: Pick<MapLayout, 'lanes'>, laneId: string, y: number): LaneDrop | null {
  const dragged = layout.lanes.find((lane) => lane.laneId === laneId);
  if (!dragged) return null;
  const groupStart = layout.lanes.findIndex((lane) => lane.kind === dragged.kind);
  const others = layout.lanes.filter((lane) => lane.kind === dragged.kind && lane.laneId !== laneId);
  let before = 0;
  while (before < others.length && others[before]!.y + others[before]!.height / 2 < y) before++;
  const lineY = before === 0 ? (others[0]?.y ?? dragged.y) : others[before - 1]!.y + others[before - 1]!.height;
  // With no other lane of its kind the line marks where it already is.
  return { toIndex: groupStart + before, lineY: others.length === 0 ? dragged.y : lineY };
}

/** Columns `[fromColumn, toColumn]` (inclusive) of a stage. */
export interface StageColumns {
  readonly fromColumn: number;
  readonly toColumn: number;
}

/** The columns a drag across the empty stage row spans, whichever way it went. */
export function stageSpan(startColumn: number, endColumn: number): StageColumns {
  return { fromColumn: Math.min(startColumn, endColumn), toColumn: Math.max(startColumn, endColumn) };
}

/**
 * A stage's columns after its left (`from`) or right (`to`) edge is dragged to `x`: the edge snaps
 * to the nearest column boundary, and a stage keeps at least one column.
 */
export function resizeStageEdge(layout: Pick<MapLayout, 'axis' | 'columnWidth'>, stage: StageHeader, edge: 'from' | 'to', x: number): StageColumns {
  const fromColumn = Math.round((stage.x - layout.axis.x) / layout.columnWidth);
  const toColumn = fromColumn + Math.round(stage.width / layout.columnWidth) - 1;
  const boundary = Math.max(0, Math.round((x - layout.axis.x) / layout.columnWidth));
  return edge === 'from' ? { fromColumn: Math.min(boundary, toColumn), toColumn } : { fromColumn, toColumn: Math.max(boundary - 1, fromColumn) };
}
