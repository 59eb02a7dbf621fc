import { lastColumnOf, type JourneyMap } from '../model/journeyMap';
import { laneName } from '../words/laneNames';

/** A process lane on the overview: the stretches of the overview's columns where it meets the customer. */
export interface ProcessStrip {
  readonly laneId: string;
  readonly title: string;
  readonly runs: readonly { readonly from: number; readonly span: number }[];
}

/**
 * Per process lane, where it accompanies the customer on the overview's axis (the columns that hold
 * a journey step, side by side, as `overviewView` lays them out): the runs of those columns one of
 * its steps occupies. Work in columns without a journey step is inside-out and not on the overview.
 */
export function processStrips(map: JourneyMap): ProcessStrip[] {
  const kindOf = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const axis = new Set<number>();
  for (const step of map.steps) if (kindOf.get(step.laneId) === 'journey') for (let column = step.column; column <= lastColumnOf(step); column++) axis.add(column);
  const position = new Map([...axis].sort((a, b) => a - b).map((column, index) => [column, index]));
  const processLanes = map.lanes.filter((lane) => lane.kind === 'process');
  return processLanes.map((lane, index) => {
    const held = new Set<number>();
    for (const step of map.steps) {
      if (step.laneId !== lane.id) continue;
      for (let column = step.column; column <= lastColumnOf(step); column++) {
        const at = position.get(column);
        if (at !== undefined) held.add(at);
      }
    }
    const runs: { from: number; span: number }[] = [];
    for (const at of [...held].sort((a, b) => a - b)) {
      const last = runs.at(-1);
      if (last && last.from + last.span === at) last.span++;
      else runs.push({ from: at, span: 1 });
    }
    return { laneId: lane.id, title: laneName(lane, index + 1), runs };
  });
}
