import type { JourneyMap, Step } from '../../shared/model/journeyMap';

// Maps are immutable: one index per map object, dropped with the map.
const stepIndexes = new WeakMap<JourneyMap, ReadonlyMap<string, Step>>();

/**
 * A step of the map by id, through an index built once per map, so a view of one step can select
 * it from the store on every change at the cost of a lookup (and gets the same object back while
 * that step does not change, so it does not re-render).
 */
export function stepById(map: JourneyMap, stepId: string): Step | undefined {
  let index = stepIndexes.get(map);
  if (!index) {
    index = new Map(map.steps.map((step) => [step.id, step]));
    stepIndexes.set(map, index);
  }
  return index.get(stepId);
}
