import type { JourneyMap, Step } from '../../shared/model/journeyMap';

// Maps are immutable: one index per map object, dropped with the map. The index holds each step's
// place in `map.steps`, so the next map with its steps in the same order (a title typed, a detail
// changed: the common case, thousands of times an hour) shares it instead of building its own.
const positionIndexes = new WeakMap<JourneyMap, ReadonlyMap<string, number>>();
let last: { readonly steps: readonly Step[]; readonly positions: ReadonlyMap<string, number> } | null = null;

const sameOrder = (a: readonly Step[], b: readonly Step[]): boolean => {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index] && a[index]!.id !== b[index]!.id) return false;
  return true;
};

function positionsOf(map: JourneyMap): ReadonlyMap<string, number> {
  let positions = positionIndexes.get(map);
  if (!positions) {
    positions = last && sameOrder(last.steps, map.steps) ? last.positions : new Map(map.steps.map((step, index) => [step.id, index]));
    positionIndexes.set(map, positions);
  }
  last = { steps: map.steps, positions };
  return positions;
}

/**
 * A step of the map by id, through an index built once per order of steps, so a view of one step
 * can select it from the store on every change at the cost of a lookup (and gets the same object
 * back while that step does not change, so it does not re-render).
 */
export function stepById(map: JourneyMap, stepId: string): Step | undefined {
  const position = positionsOf(map).get(stepId);
  return position === undefined ? undefined : map.steps[position];
}
