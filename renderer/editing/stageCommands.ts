import { addStage } from '../../shared/edit/stages';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { AnyCommand, StageRange } from '../commands/command';
import { nextFreeColumn } from './editTargets';

/** The name the Add stage command gives; a stage drawn on the canvas keeps it when its naming is left empty. */
export const NEW_STAGE_TITLE = 'New stage';

/** Where Add stage puts a stage: after the last one, over up to three columns that hold steps. */
function nextStageRange(map: JourneyMap): StageRange {
  const from = map.stages.reduce((next, stage) => Math.max(next, stage.toColumn + 1), 0);
  let end = from + 1;
  for (const lane of map.lanes) end = Math.max(end, nextFreeColumn(map, lane.id));
  return { fromColumn: from, toColumn: from + Math.min(end - from, 3) - 1, title: NEW_STAGE_TITLE };
}

/** Adding a stage. */
export const STAGE_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'stage.add',
    label: 'Add stage',
    // A drawn or double-clicked stage names its columns and opens its title for typing.
    perform: ({ map }, drawn) => {
      const range = drawn ?? nextStageRange(map);
      const added = addStage(map, { fromColumn: range.fromColumn, toColumn: range.toColumn, title: range.title ?? '' });
      return {
        map: added.map,
        selection: { kind: 'stage', stageId: added.stageId },
        ...(drawn ? { titleEdit: { kind: 'stage', stageId: added.stageId } as const } : {}),
      };
    },
  },
];
