import { addStep, moveSteps, resizeStep } from '../../shared/edit/steps';
import type { Cell } from '../../shared/layout/hitTest';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { selectedStepIds } from '../store/sessionStore';
import type { AnyCommand, Change, CommandContext } from '../commands/command';
import { targetAfterSelection } from './editTargets';

const selected = ({ session }: CommandContext): readonly string[] => selectedStepIds(session.selection);
const hasSelectedSteps = (context: CommandContext): boolean => selected(context).length > 0;

/**
 * A step moved from the outline may land in another lane's list there, a new element: focus is
 * asked to follow it, so Alt+arrows can be pressed again and again.
 */
function keepingOutlineFocus(context: CommandContext, map: JourneyMap): Change {
  return context.outline.kind === 'step' ? { map, outlineFocus: { kind: 'step', stepId: context.outline.stepId } } : { map };
}

function moveSelection(columnDelta: number, laneDelta: number) {
  return (context: CommandContext): Change => keepingOutlineFocus(context, moveSteps(context.map, selected(context), { columnDelta, laneDelta }));
}

function resizeSelection(by: number) {
  return (context: CommandContext): Change => {
    const ids = new Set(selected(context));
    const map = context.map.steps.filter((step) => ids.has(step.id)).reduce((next, step) => resizeStep(next, step.id, step.span + by), context.map);
    return keepingOutlineFocus(context, map);
  };
}

/** A new, untitled step at a cell, selected with its title open for typing; left untitled, it goes again. */
export function addStepAt(map: JourneyMap, cell: Cell): Change {
  const added = addStep(map, cell);
  if (!added.stepId) return {};
  return { map: added.map, selection: { kind: 'steps', stepIds: [added.stepId] }, titleEdit: { kind: 'step', stepId: added.stepId }, freshStepId: added.stepId };
}

/** Adding, renaming, moving and resizing steps. */
export const STEP_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'step.add',
    label: 'Add step',
    shortcuts: ['N'],
    enabled: ({ map }) => map.lanes.length > 0,
    // At a cell a gesture names (a double-click, a palette drop), else after the selection.
    perform: (context, cell) => {
      const target = cell ?? targetAfterSelection(context.map, context.session.selection);
      return target ? addStepAt(context.map, target) : {};
    },
  },
  {
    id: 'step.rename',
    label: 'Rename step',
    shortcuts: ['F2'],
    enabled: (context) => selected(context).length === 1,
    perform: (context) => ({ titleEdit: { kind: 'step', stepId: selected(context)[0]! } }),
  },
  { id: 'step.moveLeft', label: 'Move left', shortcuts: ['Alt+ArrowLeft'], enabled: hasSelectedSteps, perform: moveSelection(-1, 0) },
  { id: 'step.moveRight', label: 'Move right', shortcuts: ['Alt+ArrowRight'], enabled: hasSelectedSteps, perform: moveSelection(1, 0) },
  { id: 'step.moveUp', label: 'Move to the lane above', shortcuts: ['Alt+ArrowUp'], enabled: hasSelectedSteps, perform: moveSelection(0, -1) },
  { id: 'step.moveDown', label: 'Move to the lane below', shortcuts: ['Alt+ArrowDown'], enabled: hasSelectedSteps, perform: moveSelection(0, 1) },
  { id: 'step.widen', label: 'Span one more column', shortcuts: ['Alt+Shift+ArrowRight'], enabled: hasSelectedSteps, perform: resizeSelection(1) },
  { id: 'step.narrow', label: 'Span one column less', shortcuts: ['Alt+Shift+ArrowLeft'], enabled: hasSelectedSteps, perform: resizeSelection(-1) },
];
