import { lastColumnOf, type JourneyMap, type Stage } from '../model/journeyMap';

/**
 * Closes a column in which no step starts, the inverse of inserting one (shared/edit/insertColumns):
 * every step and stage after it moves one column left, and a step or stage reaching over it ends
 * one column earlier. The same map when a step starts in the column or nothing reaches it.
 */
export function removeEmptyColumn(map: JourneyMap, column: number): JourneyMap {
  if (map.steps.some((step) => step.column === column)) return map;
  let stepsChanged = false;
  const steps = map.steps.map((step) => {
    if (step.column > column) {
      stepsChanged = true;
      return { ...step, column: step.column - 1 };
    }
    if (lastColumnOf(step) < column) return step;
    stepsChanged = true;
    return { ...step, span: step.span - 1 };
  });
  let stagesChanged = false;
  const stages = map.stages.map((stage): Stage => {
    if (stage.toColumn < column) return stage;
    if (stage.fromColumn > column) {
      stagesChanged = true;
      return { ...stage, fromColumn: stage.fromColumn - 1, toColumn: stage.toColumn - 1 };
    }
    // A stage of that column alone keeps it: removing the stage is a decision of its own.
    if (stage.fromColumn === stage.toColumn) return stage;
    stagesChanged = true;
    return { ...stage, toColumn: stage.toColumn - 1 };
  });
  if (!stepsChanged && !stagesChanged) return map;
  return { ...map, steps: stepsChanged ? steps : map.steps, stages: stagesChanged ? stages : map.stages };
}
