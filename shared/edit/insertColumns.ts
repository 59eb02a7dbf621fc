import { lastColumnOf, type JourneyMap, type Stage, type Step } from '../model/journeyMap';
import { MAX_COLUMN, toColumn, wholeNumberIn } from './columns';

const NO_STEPS: ReadonlySet<string> = new Set();

/**
 * Makes room for `count` new moments at `atColumn`: every step and stage starting at or after it
 * moves right; one that starts before and reaches into it grows instead, because the moment
 * inserted happens during it (a claim handled over three days is still handled on the new day).
 * The same map when nothing reaches that far, or when the shift would leave the file format's range.
 */
export function insertColumns(map: JourneyMap, atColumn: number, count: number): JourneyMap {
  return insertColumnsAround(map, atColumn, count, NO_STEPS);
}

/**
 * `insertColumns` for every step except those in `fixed`, which stay put: the steps just dropped
 * keep the columns they were dropped on while everything else makes room. Stages always shift.
 */
export function insertColumnsAround(map: JourneyMap, atColumn: number, count: number, fixed: ReadonlySet<string>): JourneyMap {
  const at = toColumn(atColumn);
  const by = wholeNumberIn(count, 0, MAX_COLUMN);
  if (at === null || !by) return map;

  let changed = false;
  let fits = true;
  const steps = map.steps.map((step): Step => {
    if (fixed.has(step.id)) return step;
    if (step.column >= at) {
      changed = true;
      fits &&= step.column <= MAX_COLUMN - by;
      return { ...step, column: step.column + by };
    }
    if (lastColumnOf(step) >= at) {
      changed = true;
      fits &&= step.span <= MAX_COLUMN - by;
      return { ...step, span: step.span + by };
    }
    return step;
  });
  let stagesChanged = false;
  const stages = map.stages.map((stage): Stage => {
    if (stage.toColumn < at) return stage;
    stagesChanged = true;
    fits &&= stage.toColumn <= MAX_COLUMN - by;
    return stage.fromColumn >= at ? { ...stage, fromColumn: stage.fromColumn + by, toColumn: stage.toColumn + by } : { ...stage, toColumn: stage.toColumn + by };
  });
  if (!fits || (!changed && !stagesChanged)) return map;
  // Untouched arrays keep their identity, so views that select only stages (or only steps) do not redraw.
  return { ...map, steps: changed ? steps : map.steps, stages: stagesChanged ? stages : map.stages };
}
