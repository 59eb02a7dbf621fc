import type { JourneyMap } from '../model/journeyMap';
import { jsonPath, type Problem } from './problem';

/**
 * Checks what a schema cannot see field by field: ids unique across lanes, stages and steps, every
 * step's lane exists, and every stage's range runs forwards.
 */
export function referenceProblems(map: JourneyMap): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const claim = (id: string, owner: string, path: (string | number)[]): void => {
    const earlier = firstUse.get(id);
    if (earlier === undefined) firstUse.set(id, owner);
    else problems.push({ path: jsonPath([...path, 'id']), message: `The id ${JSON.stringify(id)} of ${owner} is already used by ${earlier}; ids must be unique across the map.` });
  };
  map.lanes.forEach((lane, index) => claim(lane.id, `lane ${index + 1}`, ['map', 'lanes', index]));
  map.stages.forEach((stage, index) => claim(stage.id, `stage ${index + 1}`, ['map', 'stages', index]));
  map.steps.forEach((step, index) => claim(step.id, `step ${index + 1}`, ['map', 'steps', index]));

  const laneIds = new Set(map.lanes.map((lane) => lane.id));
  map.steps.forEach((step, index) => {
    if (!laneIds.has(step.laneId)) {
      problems.push({
        path: jsonPath(['map', 'steps', index, 'laneId']),
        message: `Step ${JSON.stringify(step.id)} is in lane ${JSON.stringify(step.laneId)}, but the map has no lane with that id.`,
      });
    }
  });
  map.stages.forEach((stage, index) => {
    if (stage.toColumn < stage.fromColumn) {
      problems.push({
        path: jsonPath(['map', 'stages', index, 'toColumn']),
        message: `Stage ${JSON.stringify(stage.id)} ends at column ${stage.toColumn}, before it starts at column ${stage.fromColumn}.`,
      });
    }
  });
  return problems;
}
