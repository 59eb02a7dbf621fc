import type { JourneyMap } from '../model/journeyMap';
import type { MapLayout, Rect } from './mapLayout';

/**
 * The part of the map "fit journey" shows: from the first journey step's column to the last one's,
 * over the journey lanes and every lane with a step in those columns' time (a process step
 * accompanying a moment, a context lane's weather) — the lanes that touch the journey. Lanes with
 * nothing during the journey, and the columns before and after it, stay out. Null when the map has
 * no journey step to fit.
 */
export function journeyRegion(map: JourneyMap, layout: Pick<MapLayout, 'lanes' | 'axis' | 'columnWidth'>): Rect | null {
  const journeyLanes = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  let first = Infinity;
  let last = -Infinity;
  for (const step of map.steps) {
    if (!journeyLanes.has(step.laneId)) continue;
    first = Math.min(first, step.column);
    last = Math.max(last, step.column + step.span - 1);
  }
  if (first === Infinity) return null;
  const touching = new Set(journeyLanes);
  for (const step of map.steps) if (step.column <= last && step.column + step.span - 1 >= first) touching.add(step.laneId);
  let top = Infinity;
  let bottom = -Infinity;
  for (const band of layout.lanes) {
    if (!touching.has(band.laneId)) continue;
    top = Math.min(top, band.y);
    bottom = Math.max(bottom, band.y + band.height);
  }
  const x = layout.axis.x + first * layout.columnWidth;
  return { x, y: top, width: (last - first + 1) * layout.columnWidth, height: bottom - top };
}
