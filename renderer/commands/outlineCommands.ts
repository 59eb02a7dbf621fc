import { addStep, deleteSteps, moveStepTo } from '../../shared/edit/steps';
import { lastColumnOf, type Step } from '../../shared/model/journeyMap';
import { documentHistory, useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import type { Command } from './command';
import { focusedOutlineStepId, useOutlineFocus } from './outlineFocus';
import { outlineOf, placeOf, stepBeside, type OutlineLane } from './outlineOrder';
import { endTyping } from './typingEdits';

// The outline's keys. They apply only while focus is in the outline (`data-shortcut-scope="outline"`)
// and act on the step whose title has focus there; outside the outline the same keys keep their
// global meaning (Delete deletes the canvas selection, Escape selects nothing).

const doc = () => useDocumentStore.getState();
const focusStep = (stepId: string) => useOutlineFocus.getState().requestFocus({ kind: 'step', stepId });
const selectStep = (stepId: string) => useSessionStore.getState().select({ kind: 'steps', stepIds: [stepId] });

/** The focused step and the outline it sits in, when a step title of the outline has focus. */
function focused(): { step: Step; outline: OutlineLane[] } | null {
  const id = focusedOutlineStepId();
  if (id === null) return null;
  const { map } = doc();
  const step = map.steps.find((candidate) => candidate.id === id);
  return step ? { step, outline: outlineOf(map) } : null;
}

const hasFocusedStep = (): boolean => focused() !== null;
const focusedTitleIsEmpty = (): boolean => focused()?.step.title === '';

/** The lane `direction` lanes away from the focused step's lane, in screen order. */
function laneBeside(direction: -1 | 1): string | null {
  const current = focused();
  if (!current) return null;
  const place = placeOf(current.outline, current.step.id);
  return place ? (current.outline[place.laneIndex + direction]?.lane.id ?? null) : null;
}

function addStepAfterFocused(): void {
  const current = focused();
  if (!current) return;
  let stepId = '';
  endTyping();
  doc().change((map) => {
    const result = addStep(map, { laneId: current.step.laneId, column: lastColumnOf(current.step) + 1 });
    stepId = result.stepId;
    return result.map;
  });
  if (!stepId) return;
  selectStep(stepId);
  focusStep(stepId);
}

function moveFocusedToLane(direction: -1 | 1): void {
  const current = focused();
  const laneId = laneBeside(direction);
  if (!current || !laneId) return;
  endTyping();
  doc().change((map) => moveStepTo(map, current.step.id, { laneId, column: current.step.column }));
  focusStep(current.step.id);
}

/**
 * Deletes the focused step. Focus goes to a neighbour in the same lane, towards `prefer` first
 * (Backspace goes back as in a text, Delete goes on); with no step left in the lane, to its title.
 */
function deleteFocused(prefer: -1 | 1): void {
  const current = focused();
  if (!current) return;
  const place = placeOf(current.outline, current.step.id)!;
  const { lane, steps } = current.outline[place.laneIndex]!;
  const neighbour = steps[place.stepIndex + prefer] ?? steps[place.stepIndex - prefer];
  endTyping();
  doc().change((map) => deleteSteps(map, [current.step.id]));
  if (neighbour) {
    selectStep(neighbour.id);
    focusStep(neighbour.id);
  } else {
    useSessionStore.getState().select({ kind: 'lane', laneId: lane.id });
    useOutlineFocus.getState().requestFocus({ kind: 'lane', laneId: lane.id });
  }
}

function focusBeside(direction: -1 | 1): void {
  const current = focused();
  if (!current) return;
  const next = stepBeside(current.outline, current.step.id, direction);
  if (next) focusStep(next.id);
}

/**
 * Undo and redo from an outline title: the document's history rather than the text field's own,
 * since the titles are document edits. Focus stays on the step, or, when the step was taken back,
 * goes to the step before it.
 */
function historyKeepingFocus(step: () => void): () => void {
  return () => {
    const current = focused();
    const before = current ? stepBeside(current.outline, current.step.id, -1) : null;
    endTyping();
    step();
    if (!current) return;
    const { map } = doc();
    const stays = map.steps.some((candidate) => candidate.id === current.step.id);
    const target = stays ? current.step.id : before && map.steps.some((candidate) => candidate.id === before.id) ? before.id : null;
    if (target) {
      selectStep(target);
      focusStep(target);
    }
  };
}

/** The commands of the outline's keyboard flow; `scope: 'outline'`, so they win over global ones there. */
export const OUTLINE_COMMANDS: readonly Command[] = [
  { id: 'outline.addStepAfter', label: 'Add the next step', shortcuts: ['Enter'], scope: 'outline', enabled: hasFocusedStep, run: addStepAfterFocused },
  {
    id: 'outline.moveToNextLane',
    label: 'Move the step to the next lane',
    shortcuts: ['Tab'],
    scope: 'outline',
    enabled: () => laneBeside(1) !== null,
    run: () => moveFocusedToLane(1),
  },
  {
    id: 'outline.moveToPreviousLane',
    label: 'Move the step to the previous lane',
    shortcuts: ['Shift+Tab'],
    scope: 'outline',
    enabled: () => laneBeside(-1) !== null,
    run: () => moveFocusedToLane(-1),
  },
  { id: 'outline.deleteEmptyStep', label: 'Delete the empty step', shortcuts: ['Delete'], scope: 'outline', enabled: focusedTitleIsEmpty, run: () => deleteFocused(1) },
  {
    id: 'outline.deleteEmptyStepBack',
    label: 'Delete the empty step and go back',
    shortcuts: ['Backspace'],
    scope: 'outline',
    enabled: focusedTitleIsEmpty,
    run: () => deleteFocused(-1),
  },
  { id: 'outline.deleteStep', label: 'Delete the step', shortcuts: ['Mod+Delete', 'Shift+Delete'], scope: 'outline', enabled: hasFocusedStep, run: () => deleteFocused(1) },
  {
    id: 'outline.focusPrevious',
    label: 'Previous step',
    shortcuts: ['ArrowUp'],
    scope: 'outline',
    enabled: () => {
      const current = focused();
      return !!current && stepBeside(current.outline, current.step.id, -1) !== null;
    },
    run: () => focusBeside(-1),
  },
  {
    id: 'outline.focusNext',
    label: 'Next step',
    shortcuts: ['ArrowDown'],
    scope: 'outline',
    enabled: () => {
      const current = focused();
      return !!current && stepBeside(current.outline, current.step.id, 1) !== null;
    },
    run: () => focusBeside(1),
  },
  {
    id: 'outline.leaveSteps',
    label: 'Leave the steps',
    shortcuts: ['Escape'],
    scope: 'outline',
    enabled: hasFocusedStep,
    run: () => useOutlineFocus.getState().requestFocus({ kind: 'add-lane' }),
  },
  { id: 'outline.undo', label: 'Undo', shortcuts: ['Mod+Z'], scope: 'outline', enabled: documentHistory.canUndo, run: historyKeepingFocus(documentHistory.undo) },
  {
    id: 'outline.redo',
    label: 'Redo',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    scope: 'outline',
    enabled: documentHistory.canRedo,
    run: historyKeepingFocus(documentHistory.redo),
  },
];
