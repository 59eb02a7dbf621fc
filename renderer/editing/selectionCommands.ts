import { deleteLane } from '../../shared/edit/lanes';
import { deleteStage } from '../../shared/edit/stages';
import { deleteSteps, duplicateSteps } from '../../shared/edit/steps';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { stepCountLabel } from '../../shared/words/figureWords';
import { shortened } from '../../shared/words/shortened';
import { NOTHING_SELECTED, selectedStepIds, type Selection } from '../store/sessionStore';
import type { AnyCommand, CommandContext } from '../commands/command';

const hasSelectedSteps = ({ session }: CommandContext): boolean => selectedStepIds(session.selection).length > 0;

/** The map without what is selected: steps, a lane with its steps, or a stage. */
function withoutSelected(map: JourneyMap, selection: Selection): JourneyMap {
  if (selection.kind === 'steps') return deleteSteps(map, selection.stepIds);
  if (selection.kind === 'lane') return deleteLane(map, selection.laneId);
  if (selection.kind === 'stage') return deleteStage(map, selection.stageId);
  return map;
}

/** What a delete of more than one card took away, in words for the status line, with Undo beside it; nothing to say for a single card. */
function deletedWords(map: JourneyMap, selection: Selection): string | null {
  if (selection.kind === 'lane') {
    const lane = map.lanes.find((candidate) => candidate.id === selection.laneId);
    if (!lane) return null;
    const steps = map.steps.filter((step) => step.laneId === lane.id).length;
    const name = `“${shortened(lane.title || 'Untitled lane')}”`;
    return steps === 0 ? `Deleted the lane ${name}.` : `Deleted the lane ${name} with its ${stepCountLabel(steps)}.`;
  }
  if (selection.kind === 'stage') {
    const stage = map.stages.find((candidate) => candidate.id === selection.stageId);
    return stage ? `Deleted the stage “${shortened(stage.title || 'Untitled stage')}”.` : null;
  }
  if (selection.kind === 'steps' && selection.stepIds.length > 1) return `Deleted ${stepCountLabel(selection.stepIds.length)}.`;
  return null;
}

/** Delete, Duplicate, Select all, Select nothing: commands on the selection. */
export const SELECTION_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'selection.delete',
    label: 'Delete',
    shortcuts: ['Delete', 'Backspace'],
    enabled: ({ session }) => session.selection.kind !== 'none',
    perform: ({ map, session }) => {
      const words = deletedWords(map, session.selection);
      return { map: withoutSelected(map, session.selection), selection: NOTHING_SELECTED, ...(words ? { notice: words, offerUndo: true } : {}) };
    },
  },
  {
    id: 'selection.duplicate',
    label: 'Duplicate',
    shortcuts: ['Mod+D'],
    enabled: hasSelectedSteps,
    perform: ({ map, session }) => {
      const copies = duplicateSteps(map, selectedStepIds(session.selection));
      return { map: copies.map, selection: { kind: 'steps', stepIds: copies.stepIds } };
    },
  },
  {
    id: 'selection.all',
    label: 'Select all steps',
    shortcuts: ['Mod+A'],
    perform: ({ map }) => ({ selection: { kind: 'steps', stepIds: map.steps.map((step) => step.id) } }),
  },
  { id: 'selection.clear', label: 'Select nothing', shortcuts: ['Escape'], perform: () => ({ selection: NOTHING_SELECTED }) },
];
