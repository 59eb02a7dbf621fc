import { occupiedColumns } from '../analysis/occupiedColumns';
import { lastColumnOf, type JourneyMap, type Step } from '../model/journeyMap';
import { insertColumnsAround } from './insertColumns';

/** The steps landed in one journey lane, and the columns they reach from and to. */
interface LandedGroup {
  readonly laneId: string;
  readonly steps: Step[];
  firstColumn: number;
  lastColumn: number;
}

/**
 * The journey insert rule, for steps just placed (added, moved, duplicated, pasted): where they
 * landed in a journey lane on columns another step of that lane occupies, columns are inserted at
 * their leftmost column in that lane, as many as they span there, and everything else (other steps
 * in every lane, and the stages) moves right. A journey lane is a sequence of moments, so dropping
 * a moment between two others means "this happens in between", never "at the same time"; process
 * steps shift along so they stay beside the moments they accompany. The same map when nothing
 * landed on anything.
 */
export function makeRoomInJourneyLanes(map: JourneyMap, landedIds: ReadonlySet<string>): JourneyMap {
  const journeyLanes = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
  const groups = new Map<string, LandedGroup>();
  for (const step of map.steps) {
    if (!landedIds.has(step.id) || !journeyLanes.has(step.laneId)) continue;
    const group = groups.get(step.laneId);
    if (group) {
      group.steps.push(step);
      group.firstColumn = Math.min(group.firstColumn, step.column);
      group.lastColumn = Math.max(group.lastColumn, lastColumnOf(step));
    } else {
      groups.set(step.laneId, { laneId: step.laneId, steps: [step], firstColumn: step.column, lastColumn: lastColumnOf(step) });
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.firstColumn - b.firstColumn);

  // Room made in one lane pushes the other lanes' steps right too, and may push one that sat in a
  // hole between steps landed in another journey lane onto them: so repeat until nothing lands on
  // anything. Steps only ever move right and a lane's room, once made, is only disturbed by room
  // made further left, so a round per lane is enough; the bound just makes that visible.
  const roomMade = new Set<LandedGroup>();
  let result = map;
  for (let round = 0; round <= ordered.length; round++) {
    let inserted = false;
    for (const group of ordered) {
      // A step that starts left of the landed ones and reaches into them grows with every insert
      // (it happens during the new moments); once room was made, only steps starting inside count.
      const from = roomMade.has(group) ? group.firstColumn : 0;
      if (!landsOnOthers(result, group, landedIds, from)) continue;
      const next = insertColumnsAround(result, group.firstColumn, group.lastColumn - group.firstColumn + 1, landedIds);
      if (next === result) continue;
      result = next;
      roomMade.add(group);
      inserted = true;
    }
    if (!inserted) break;
  }
  return result;
}

function landsOnOthers(map: JourneyMap, group: LandedGroup, landedIds: ReadonlySet<string>, fromColumn: number): boolean {
  // One pass over the map, not steps × landed: a whole lane may be dragged at once.
  const landed = occupiedColumns(
    group.steps.map((step) => step.column),
    group.steps.map(lastColumnOf),
  );
  return map.steps.some(
    (other) => other.laneId === group.laneId && other.column >= fromColumn && !landedIds.has(other.id) && landed.intersects(other.column, lastColumnOf(other)),
  );
}
