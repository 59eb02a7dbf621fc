import { greatestOf } from '../../shared/model/extremes';
import { lastColumnOf, type JourneyMap } from '../../shared/model/journeyMap';
import { selectedStepIds, type Selection } from '../store/sessionStore';

/** Where something added or pasted goes: a lane and a column. */
export interface CellTarget {
  readonly laneId: string;
  readonly column: number;
}

/** The first column after the last step of a lane. */
export function nextFreeColumn(map: JourneyMap, laneId: string): number {
  let next = 0;
  for (const step of map.steps) if (step.laneId === laneId) next = Math.max(next, lastColumnOf(step) + 1);
  return next;
}

/**
 * Where a new or pasted step goes, following the selection as a person would expect: right after
 * the selected steps in the first one's lane, at the end of a selected lane, else at the end of
 * the first journey lane (or the first lane). Null when the map has no lane.
 */
export function targetAfterSelection(map: JourneyMap, selection: Selection): CellTarget | null {
  const ids = new Set(selectedStepIds(selection));
  const selected = map.steps.filter((step) => ids.has(step.id));
  if (selected.length > 0) {
    return { laneId: selected[0]!.laneId, column: greatestOf(selected, lastColumnOf) + 1 };
  }
  const lane =
    (selection.kind === 'lane' ? map.lanes.find((l) => l.id === selection.laneId) : undefined) ??
    map.lanes.find((l) => l.kind === 'journey') ??
    map.lanes[0];
  return lane ? { laneId: lane.id, column: nextFreeColumn(map, lane.id) } : null;
}
