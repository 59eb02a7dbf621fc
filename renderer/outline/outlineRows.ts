import type { JourneyMap, Lane, LaneKind } from '../../shared/model/journeyMap';
import { outlineOf } from './outlineOrder';

/** A lane of the outline as its view needs it: the lane, its place among lanes of its kind, its step ids in column order. */
export interface OutlineRows {
  readonly lane: Lane;
  /** Its place among the lanes of its kind, from 1, for lanes without a title. */
  readonly laneNumber: number;
  readonly stepIds: readonly string[];
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, index) => id === b[index]);

// The last list of step ids shown for each lane (by lane id): kept as the same array while the
// lane's steps and their order do not change, so the memoised lane views skip an edit elsewhere.
const lastStepIds = new Map<string, readonly string[]>();
const rowsOfMap = new WeakMap<JourneyMap, readonly OutlineRows[]>();
// The map listed last: the next is most often it with one title typed into.
let last: { readonly map: JourneyMap; readonly rows: readonly OutlineRows[] } | null = null;

/** Whether two maps list the same: the same lanes, and every step in the same lane and column, in the same order. */
function sameListing(a: JourneyMap, b: JourneyMap): boolean {
  if (a.lanes !== b.lanes || a.steps.length !== b.steps.length) return false;
  for (let index = 0; index < a.steps.length; index++) {
    const before = a.steps[index]!;
    const now = b.steps[index]!;
    if (before !== now && (before.id !== now.id || before.laneId !== now.laneId || before.column !== now.column)) return false;
  }
  return true;
}

/**
 * The outline's lanes for a map, computed once per map; a map listed as the last one was (a title
 * typed, a detail changed) gets the last rows themselves, so no lane of the outline renders again.
 */
export function outlineRowsOf(map: JourneyMap): readonly OutlineRows[] {
  const cached = rowsOfMap.get(map) ?? (last && sameListing(last.map, map) ? last.rows : undefined);
  if (cached) {
    rowsOfMap.set(map, cached);
    last = { map, rows: cached };
    return cached;
  }
  const counts = new Map<LaneKind, number>();
  const rows = outlineOf(map).map(({ lane, steps }) => {
    const laneNumber = (counts.get(lane.kind) ?? 0) + 1;
    counts.set(lane.kind, laneNumber);
    const ids = steps.map((step) => step.id);
    const before = lastStepIds.get(lane.id);
    const stepIds = before && sameIds(before, ids) ? before : ids;
    lastStepIds.set(lane.id, stepIds);
    return { lane, laneNumber, stepIds };
  });
  rowsOfMap.set(map, rows);
  last = { map, rows };
  return rows;
}
