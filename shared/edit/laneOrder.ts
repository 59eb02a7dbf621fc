import type { JourneyMap, Lane, LaneKind } from '../model/journeyMap';

/**
 * The kinds from top to bottom, as `layoutMap` draws them: journey on top, the customer's context
 * next to it, process lanes last. Editing keeps `map.lanes` in this order so that the array order
 * is the screen order (README, The .journey file: "lane order in the array is the top-to-bottom order on screen").
 */
export const SCREEN_KIND_ORDER: readonly LaneKind[] = ['journey', 'context', 'process'];

const rank = (kind: LaneKind): number => SCREEN_KIND_ORDER.indexOf(kind);

/** Whether the lanes are grouped by kind in screen order. */
export function isInScreenOrder(lanes: readonly Lane[]): boolean {
  for (let i = 1; i < lanes.length; i++) if (rank(lanes[i - 1]!.kind) > rank(lanes[i]!.kind)) return false;
  return true;
}

/** The lanes grouped by kind in screen order, keeping their order within a kind; the same array when already so. */
export function inScreenOrder(lanes: readonly Lane[]): readonly Lane[] {
  return isInScreenOrder(lanes) ? lanes : SCREEN_KIND_ORDER.flatMap((kind) => lanes.filter((lane) => lane.kind === kind));
}

/**
 * The map with its lanes in screen order; the same map when they already are. A file written by
 * hand or by another tool may mix kinds; the editor calls this once on load.
 */
export function orderLanes(map: JourneyMap): JourneyMap {
  const lanes = inScreenOrder(map.lanes);
  return lanes === map.lanes ? map : { ...map, lanes };
}

/** The lanes (in screen order) with `lane` added as the last lane of its kind. */
export function withLaneAtEndOfKind(lanes: readonly Lane[], lane: Lane): Lane[] {
  const ordered = [...inScreenOrder(lanes)];
  let index = ordered.length;
  while (index > 0 && rank(ordered[index - 1]!.kind) > rank(lane.kind)) index--;
  ordered.splice(index, 0, lane);
  return ordered;
}
