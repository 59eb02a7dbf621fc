import { addStep, deleteSteps } from '../../shared/edit/steps';
import { lastColumnOf, type Step } from '../../shared/model/journeyMap';
import { documentHistory, useDocumentStore } from '../store/documentStore';
import { endTyping } from '../store/typingEdits';
import type { AnyCommand, Change, CommandContext } from '../commands/command';
import { withoutFreshStep } from '../editing/freshStep';
import { outlineOf, placeOf, stepBeside, type OutlineLane } from './outlineOrder';

// The outline's keys. They apply only while focus is in the outline (`data-shortcut-scope="outline"`)
// and act on the step whose title has focus there; outside the outline the same keys keep their
// global meaning (Delete deletes the canvas selection, Escape selects nothing). Tab is not one of
// them: Tab and Shift+Tab only ever move the focus; Alt+↓ and Alt+↑ move a step to the next lane. A command that
// changes the map ends the typing session first, so its change is an undo entry of its own.

/** The focused step and the outline it sits in, when a step title of the outline has focus. */
function focused({ map, outline }: CommandContext): { step: Step; lanes: OutlineLane[] } | null {
  if (outline.kind !== 'step') return null;
  const step = map.steps.find((candidate) => candidate.id === outline.stepId);
  return step ? { step, lanes: outlineOf(map) } : null;
}

const hasFocusedStep = (context: CommandContext): boolean => focused(context) !== null;
const focusedTitleIsEmpty = (context: CommandContext): boolean => focused(context)?.step.title === '';

/** A step selected and focused in the outline. */
const onStep = (stepId: string): Change => ({ selection: { kind: 'steps', stepIds: [stepId] }, outlineFocus: { kind: 'step', stepId } });

function addStepAfterFocused(context: CommandContext): Change {
  const current = focused(context);
  if (!current) return {};
  endTyping();
  const added = addStep(context.map, { laneId: current.step.laneId, column: lastColumnOf(current.step) + 1 });
  return added.stepId ? { map: added.map, ...onStep(added.stepId), freshStepId: added.stepId } : {};
}

/**
 * Deletes the focused step. Focus goes to a neighbour in the same lane, towards `prefer` first
 * (Backspace goes back as in a text, Delete goes on); with no step left in the lane, to its title.
 */
function deleteFocused(context: CommandContext, prefer: -1 | 1): Change {
  const current = focused(context);
  if (!current) return {};
  const place = placeOf(current.lanes, current.step.id)!;
  const { lane, steps } = current.lanes[place.laneIndex]!;
  const neighbour = steps[place.stepIndex + prefer] ?? steps[place.stepIndex - prefer];
  endTyping();
  // A step just added and deleted again takes the column its adding opened with it.
  const fresh = context.session.freshStep;
  const map = fresh?.stepId === current.step.id ? withoutFreshStep(context.map, fresh) : deleteSteps(context.map, [current.step.id]);
  if (neighbour) return { map, ...onStep(neighbour.id) };
  return { map, selection: { kind: 'lane', laneId: lane.id }, outlineFocus: { kind: 'lane', laneId: lane.id } };
}

function focusBeside(context: CommandContext, direction: -1 | 1): Change {
  const current = focused(context);
  const next = current && stepBeside(current.lanes, current.step.id, direction);
  return next ? { outlineFocus: { kind: 'step', stepId: next.id } } : {};
}

const hasStepBeside = (direction: -1 | 1) => (context: CommandContext): boolean => {
  const current = focused(context);
  return !!current && stepBeside(current.lanes, current.step.id, direction) !== null;
};

/**
 * Undo and redo from an outline title: the document's history rather than the text field's own,
 * since the titles are document edits. Focus stays on the step, or, when the step was taken back,
 * goes to the step before it.
 */
function historyKeepingFocus(step: () => void) {
  return (context: CommandContext): Change => {
    const current = focused(context);
    const before = current ? stepBeside(current.lanes, current.step.id, -1) : null;
    endTyping();
    step();
    if (!current) return {};
    const { map } = useDocumentStore.getState();
    const has = (id: string): boolean => map.steps.some((candidate) => candidate.id === id);
    const target = has(current.step.id) ? current.step.id : before && has(before.id) ? before.id : null;
    return target ? onStep(target) : {};
  };
}

/** The commands of the outline's keyboard flow; `scope: 'outline'`, so they win over global ones there. */
export const OUTLINE_COMMANDS: readonly AnyCommand[] = [
  { id: 'outline.addStepAfter', label: 'Add the next step', shortcuts: ['Enter'], scope: 'outline', enabled: hasFocusedStep, perform: addStepAfterFocused },
  {
    id: 'outline.deleteEmptyStep',
    label: 'Delete the empty step',
    shortcuts: ['Delete'],
    scope: 'outline',
    enabled: focusedTitleIsEmpty,
    perform: (context) => deleteFocused(context, 1),
  },
  {
    id: 'outline.deleteEmptyStepBack',
    label: 'Delete the empty step and go back',
    shortcuts: ['Backspace'],
    scope: 'outline',
    enabled: focusedTitleIsEmpty,
    perform: (context) => deleteFocused(context, -1),
  },
  {
    id: 'outline.deleteStep',
    label: 'Delete the step',
    shortcuts: ['Mod+Delete', 'Shift+Delete'],
    scope: 'outline',
    enabled: hasFocusedStep,
    perform: (context) => deleteFocused(context, 1),
  },
  { id: 'outline.focusPrevious', label: 'Previous step', shortcuts: ['ArrowUp'], scope: 'outline', enabled: hasStepBeside(-1), perform: (context) => focusBeside(context, -1) },
  { id: 'outline.focusNext', label: 'Next step', shortcuts: ['ArrowDown'], scope: 'outline', enabled: hasStepBeside(1), perform: (context) => focusBeside(context, 1) },
  {
    id: 'outline.leaveSteps',
    label: 'Leave the steps',
    shortcuts: ['Escape'],
    scope: 'outline',
    enabled: hasFocusedStep,
    perform: () => ({ outlineFocus: { kind: 'add-lane' } }),
  },
  { id: 'outline.undo', label: 'Undo', shortcuts: ['Mod+Z'], scope: 'outline', enabled: documentHistory.canUndo, perform: historyKeepingFocus(documentHistory.undo) },
  {
    id: 'outline.redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    scope: 'outline',
    enabled: documentHistory.canRedo,
    perform: historyKeepingFocus(documentHistory.redo),
  },
];
