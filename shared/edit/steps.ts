import { withoutSource } from '../model/source';
import { greatestOf, leastOf } from '../model/extremes';
import { lastColumnOf, type JourneyMap, type Step } from '../model/journeyMap';
import { MAX_COLUMN, toColumn, toDelta, toSpan } from './columns';
import { newId, newIds } from './ids';
import { isJsonValue } from './jsonValue';
import { inScreenOrder } from './laneOrder';
import { makeRoomInJourneyLanes } from './makeRoom';
import { keepTargets } from './keepTargets';

/** Where a new step goes and what it says. */
export interface NewStep {
  readonly laneId: string;
  readonly column: number;
  /** Default 1. */
  readonly span?: number;
  /** Default empty: the editor opens the title for typing right away. */
  readonly title?: string;
}

/** How far a selection moves: columns to the right (negative: left), lanes down in screen order (negative: up). */
export interface StepsMove {
  readonly columnDelta: number;
  readonly laneDelta: number;
}

/** Where a single step is dropped. */
export interface StepTarget {
  readonly laneId: string;
  readonly column: number;
}

/** The inspector's edit of a step: known fields, and any other field the step carries (undefined removes one). */
export type StepPatch = Partial<Pick<Step, 'title' | 'column' | 'span' | 'laneId'>> & Record<string, unknown>;

/**
 * Adds a step. On a journey lane, a step dropped onto a cell another step of that lane occupies
 * goes in between: columns are inserted there first and everything after it, in every lane, moves
 * right. `stepId` is `''` (no id is empty) and the map unchanged when the lane does not exist.
 */
export function addStep(map: JourneyMap, { laneId, column, span, title }: NewStep): { map: JourneyMap; stepId: string } {
  if (!map.lanes.some((lane) => lane.id === laneId)) return { map, stepId: '' };
  const step: Step = {
    id: newId(map, 'step'),
    laneId,
    title: typeof title === 'string' ? title : '',
    column: toColumn(column) ?? 0,
    span: toSpan(span ?? 1) ?? 1,
  };
  return { map: makeRoomInJourneyLanes({ ...map, steps: [...map.steps, step] }, new Set([step.id])), stepId: step.id };
}

/**
 * Moves the steps as one group, keeping their layout: the deltas are clamped as a whole so no
 * step goes left of column 0 or above the top lane or below the bottom one. Where moved steps land
 * on other steps of a journey lane, columns are inserted so they fall in between (the journey
 * insert rule). The same map when the group cannot move.
 */
export function moveSteps(map: JourneyMap, stepIds: readonly string[], { columnDelta, laneDelta }: StepsMove): JourneyMap {
  const ids = new Set(stepIds);
  const moving = map.steps.filter((step) => ids.has(step.id));
  if (moving.length === 0) return map;

  const screen = inScreenOrder(map.lanes);
  const laneIndex = new Map(screen.map((lane, index) => [lane.id, index]));
  let firstColumn = Infinity;
  let lastStart = -Infinity;
  let topLane = Infinity;
  let bottomLane = -Infinity;
  for (const step of moving) {
    firstColumn = Math.min(firstColumn, step.column);
    lastStart = Math.max(lastStart, step.column);
    const index = laneIndex.get(step.laneId) ?? 0;
    topLane = Math.min(topLane, index);
    bottomLane = Math.max(bottomLane, index);
  }
  const columns = clamp(toDelta(columnDelta), -firstColumn, MAX_COLUMN - lastStart);
  const lanes = clamp(toDelta(laneDelta), -topLane, screen.length - 1 - bottomLane);
  if (columns === 0 && lanes === 0) return map;

  const moved = map.steps.map((step) => {
    if (!ids.has(step.id)) return step;
    const laneId = lanes === 0 ? step.laneId : screen[(laneIndex.get(step.laneId) ?? 0) + lanes]!.id;
    return { ...step, laneId, column: step.column + columns };
  });
  return keepTargets(makeRoomInJourneyLanes({ ...map, steps: moved }, new Set(moving.map((step) => step.id))));
}

/**
 * Drops one step on a lane and column, with the journey insert rule. The same map when the step
 * or the lane does not exist, or the step is already there.
 */
export function moveStepTo(map: JourneyMap, stepId: string, { laneId, column }: StepTarget): JourneyMap {
  const step = map.steps.find((candidate) => candidate.id === stepId);
  const to = toColumn(column);
  if (!step || to === null || !map.lanes.some((lane) => lane.id === laneId)) return map;
  if (step.laneId === laneId && step.column === to) return map;
  const steps = map.steps.map((candidate) => (candidate === step ? { ...step, laneId, column: to } : candidate));
  return keepTargets(makeRoomInJourneyLanes({ ...map, steps }, new Set([stepId])));
}

/** Sets how many columns a step spans (a whole number, at least 1). Growing never pushes other steps. */
export function resizeStep(map: JourneyMap, stepId: string, span: number): JourneyMap {
  const to = toSpan(span);
  if (to === null) return map;
  return replaceStep(map, stepId, (step) => (step.span === to ? step : { ...step, span: to }));
}

/**
 * Applies the inspector's edits to a step. Values the format would refuse are clamped (column to a
 * whole number ≥ 0, span ≥ 1) or ignored (a lane that does not exist, a title that is not text, a
 * field value JSON cannot hold); the id never changes. Unlike a drag, an exact column typed in the
 * inspector is taken as is: no columns are inserted.
 */
export function updateStep(map: JourneyMap, stepId: string, patch: StepPatch): JourneyMap {
  return replaceStep(map, stepId, (step) => {
    const next: Record<string, unknown> = { ...step };
    let changed = false;
    const set = (key: string, value: unknown): void => {
      if (Object.is(next[key], value)) return;
      next[key] = value;
      changed = true;
    };
    for (const [key, value] of Object.entries(patch)) {
      switch (key) {
        case 'id':
        // Setting `__proto__` on a plain object would change its prototype, not add a field.
        case '__proto__':
          break;
        case 'title':
          if (typeof value === 'string') set(key, value);
          break;
        case 'column': {
          const column = toColumn(value);
          if (column !== null) set(key, column);
          break;
        }
        case 'span': {
          const span = toSpan(value);
          if (span !== null) set(key, span);
          break;
        }
        case 'laneId':
          if (typeof value === 'string' && map.lanes.some((lane) => lane.id === value)) set(key, value);
          break;
        default:
          if (value === undefined) {
            if (Object.hasOwn(next, key)) {
              delete next[key];
              changed = true;
            }
          } else if (isJsonValue(value)) {
            set(key, value);
          }
      }
    }
    return changed ? (next as unknown as Step) : step;
  });
}

/**
 * Removes the steps; ids that name no step are ignored. Opportunities on them stay, with what was
 * written in them, and lose only their target.
 */
export function deleteSteps(map: JourneyMap, stepIds: readonly string[]): JourneyMap {
  const ids = new Set(stepIds);
  const steps = map.steps.filter((step) => !ids.has(step.id));
  return steps.length === map.steps.length ? map : keepTargets({ ...map, steps });
}

/**
 * Copies the steps, with fresh ids, into the columns right after the selection's rightmost one,
 * each in its own lane, keeping their layout (journey insert rule where the copies land on other
 * steps). `stepIds` are the copies' ids, in the order of their originals in the map.
 */
export function duplicateSteps(map: JourneyMap, stepIds: readonly string[]): { map: JourneyMap; stepIds: string[] } {
  const ids = new Set(stepIds);
  const originals = map.steps.filter((step) => ids.has(step.id));
  if (originals.length === 0) return { map, stepIds: [] };
  const firstColumn = leastOf(originals, (step) => step.column);
  const lastColumn = greatestOf(originals, lastColumnOf);
  const offset = lastColumn - firstColumn + 1;
  if (greatestOf(originals, (step) => step.column) > MAX_COLUMN - offset) return { map, stepIds: [] };

  const copyIds = newIds(map, 'step', originals.length);
  const copies = originals.map((step, index): Step => ({ ...withoutSource(step), id: copyIds[index]!, column: step.column + offset }));
  return { map: makeRoomInJourneyLanes({ ...map, steps: [...map.steps, ...copies] }, new Set(copyIds)), stepIds: copyIds };
}

function replaceStep(map: JourneyMap, stepId: string, change: (step: Step) => Step): JourneyMap {
  const index = map.steps.findIndex((step) => step.id === stepId);
  if (index < 0) return map;
  const step = map.steps[index]!;
  const next = change(step);
  if (next === step) return map;
  const steps = [...map.steps];
  steps[index] = next;
  return { ...map, steps };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value)) + 0;
}
