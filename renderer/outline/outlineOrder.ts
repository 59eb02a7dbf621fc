import { orderSteps } from '../../shared/analysis/orderSteps';
import { inScreenOrder } from '../../shared/edit/laneOrder';
import type { JourneyMap, Lane, Step } from '../../shared/model/journeyMap';

/** One lane of the outline with its steps in column order. */
export interface OutlineLane {
  readonly lane: Lane;
  readonly steps: readonly Step[];
}

/** The map as the outline lists it: lanes in screen order (journey, context, process), steps in column order (ties by id). */
export function outlineOf(map: JourneyMap): OutlineLane[] {
  const stepsOfLane = new Map<string, Step[]>(map.lanes.map((lane) => [lane.id, []]));
  for (const step of map.steps) stepsOfLane.get(step.laneId)?.push(step);
  return inScreenOrder(map.lanes).map((lane) => ({ lane, steps: orderSteps(stepsOfLane.get(lane.id)!) }));
}

/** Where a step sits in the outline: its lane's place, its own place in that lane. */
export interface OutlinePlace {
  readonly laneIndex: number;
  readonly stepIndex: number;
}

export function placeOf(outline: readonly OutlineLane[], stepId: string): OutlinePlace | null {
  for (let laneIndex = 0; laneIndex < outline.length; laneIndex++) {
    const stepIndex = outline[laneIndex]!.steps.findIndex((step) => step.id === stepId);
    if (stepIndex >= 0) return { laneIndex, stepIndex };
  }
  return null;
}

/** The step before (-1) or after (+1) this one in the outline's reading order, across lanes. */
export function stepBeside(outline: readonly OutlineLane[], stepId: string, direction: -1 | 1): Step | null {
  const all = outline.flatMap((entry) => entry.steps);
  const index = all.findIndex((step) => step.id === stepId);
  return index < 0 ? null : (all[index + direction] ?? null);
}
