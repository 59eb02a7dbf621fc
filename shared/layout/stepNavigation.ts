import { intersects } from './geometry';
import type { MapLayout, Rect, StepBox } from './mapLayout';

/** A direction the arrow keys move the selection in. */
export type NavigationDirection = 'left' | 'right' | 'up' | 'down';

/** Cards in reading order: lanes top to bottom, then stacked rows, then columns. */
function readingOrder(layout: Pick<MapLayout, 'lanes' | 'steps'>): StepBox[] {
  const laneIndex = new Map(layout.lanes.map((lane, index) => [lane.laneId, index]));
  return [...layout.steps].sort(
    (a, b) => (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.row - b.row || a.column - b.column || a.x - b.x,
  );
}

/**
 * The card the arrow keys move to from `from`. Left and right go to the previous or next card of
 * the same lane by column (stacked rows read as one sequence, column first); up and down go to the
 * nearest visual row of cards above or below (the other row of a stacked lane, or the next lane
 * that has cards), to the card whose columns are closest to the card's own. Null at the end.
 */
export function neighbourStep(layout: Pick<MapLayout, 'lanes' | 'steps'>, from: StepBox, direction: NavigationDirection): StepBox | null {
  if (direction === 'left' || direction === 'right') {
    const lane = layout.steps
      .filter((box) => box.laneId === from.laneId)
      .sort((a, b) => a.column - b.column || a.row - b.row || (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0));
    const index = lane.findIndex((box) => box.stepId === from.stepId);
    return lane[index + (direction === 'right' ? 1 : -1)] ?? null;
  }
  // Visual rows, keyed by the cards' top edge: each stacked row of a lane is one.
  const rows = [...new Set(layout.steps.map((box) => box.y))].sort((a, b) => a - b);
  const here = rows.indexOf(from.y);
  const rowY = rows[here + (direction === 'down' ? 1 : -1)];
  if (rowY === undefined) return null;
  const centre = from.x + from.width / 2;
  let best: StepBox | null = null;
  let bestDistance = Infinity;
  for (const box of layout.steps) {
    if (box.y !== rowY) continue;
    // Overlapping columns count as no distance; otherwise the gap between the cards. Ties go to the card further left.
    const gap = Math.max(0, box.x - (from.x + from.width), from.x - (box.x + box.width));
    const distance = gap * 1000 + Math.abs(box.x + box.width / 2 - centre);
    if (distance < bestDistance || (distance === bestDistance && best && box.x < best.x)) {
      best = box;
      bestDistance = distance;
    }
  }
  return best;
}

/** The first card in reading order that shows in a visible area of the map, or null when none does. */
export function firstStepWithin(layout: Pick<MapLayout, 'lanes' | 'steps'>, area: Rect): StepBox | null {
  return readingOrder(layout).find((box) => intersects(box, area)) ?? null;
}
