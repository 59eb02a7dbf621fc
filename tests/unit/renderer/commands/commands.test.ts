import { beforeEach, describe, expect, it } from 'vitest';
import { moveSteps, updateStep } from '../../../../shared/edit/steps';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { useOutlineFocus } from '../../../../renderer/store/outlineFocus';
import { changeWhileTyping, endTyping } from '../../../../renderer/store/typingEdits';
import { run as runCommand } from '../support/commands';
import { documentHistory, useDocumentStore } from '../../../../renderer/store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { claimMap, placesOf } from '../../shared/edit/editSupport';

const map = (): JourneyMap => useDocumentStore.getState().map;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const titles = (laneId: string): string[] =>
  map()
    .steps.filter((step) => step.laneId === laneId)
    .sort((a, b) => a.column - b.column)
    .map((step) => step.title);

function focusOutlineStep(stepId: string): void {
  useOutlineFocus.getState().focused({ kind: 'step', stepId });
  useSessionStore.getState().select({ kind: 'steps', stepIds: [stepId] });
}

/** Types into a title the way the outline does: one edit per keystroke. */
function type(stepId: string, text: string): void {
  const start = map().steps.find((step) => step.id === stepId)!.title;
  for (let i = 1; i <= text.length; i++) changeWhileTyping(`${stepId}.title`, (current) => updateStep(current, stepId, { title: start + text.slice(0, i) }));
}

const focusRequested = () => useOutlineFocus.getState().request?.target;

beforeEach(() => {
  endTyping();
  useDocumentStore.getState().replace(claimMap());
  useSessionStore.setState({ selection: NOTHING_SELECTED, viewport: { zoom: 1, width: 0, height: 0 } });
  useOutlineFocus.setState({ focus: { kind: 'none' }, request: null });
});

describe('undo history', () => {
  it('takes back a change and brings it again', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s2'] });
    runCommand('selection.delete');
    expect(map().steps.some((step) => step.id === 's2')).toBe(false);
    expect(runCommand('history.undo')).toBe(true);
    expect(map().steps.some((step) => step.id === 's2')).toBe(true);
    expect(runCommand('history.redo')).toBe(true);
    expect(map().steps.some((step) => step.id === 's2')).toBe(false);
  });

  it('records a drag, however many moves it made, as one entry', () => {
    // The canvas previews a drag outside the document and commits the drop once.
    useDocumentStore.getState().change((current) => moveSteps(moveSteps(moveSteps(current, ['p2'], { columnDelta: -1, laneDelta: 0 }), ['p2'], { columnDelta: -1, laneDelta: 0 }), ['p2'], { columnDelta: 1, laneDelta: -1 }));
    expect(undoDepth()).toBe(1);
    documentHistory.undo();
    expect(map()).toEqual(claimMap());
  });

  it('never records selection or zoom', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1', 's2'] });
    runCommand('view.zoomIn');
    runCommand('selection.clear');
    runCommand('selection.all');
    expect(undoDepth()).toBe(0);
    expect(documentHistory.canUndo()).toBe(false);
  });

  it('keeps a change that changes nothing out of the history', () => {
    useDocumentStore.getState().change((current) => current);
    expect(undoDepth()).toBe(0);
  });

  it('takes back a whole typed title at once, not letter by letter', () => {
    type('s1', ' at night');
    expect(map().steps.find((step) => step.id === 's1')!.title).toBe('Step s1 at night');
    expect(undoDepth()).toBe(1);
    documentHistory.undo();
    expect(map().steps.find((step) => step.id === 's1')!.title).toBe('Step s1');
  });

  it('starts a new entry for typing after the field was left, or after another change', () => {
    type('s1', 'a');
    endTyping();
    type('s1', 'b');
    expect(undoDepth()).toBe(2);
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1'] });
    runCommand('step.moveRight');
    type('s1', 'c');
    expect(undoDepth()).toBe(4);
    documentHistory.undo();
    expect(map().steps.find((step) => step.id === 's1')!.title).toBe('Step s1ab');
  });
});

describe('step commands', () => {
  it('delete removes the selected steps and selects nothing', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1', 'p1'] });
    runCommand('selection.delete');
    expect(map().steps.map((step) => step.id)).toEqual(['s2', 's3', 's4', 'p2']);
    expect(useSessionStore.getState().selection).toEqual(NOTHING_SELECTED);
  });

  it('delete of a selected lane removes it with its steps, in one undoable entry', () => {
    useSessionStore.getState().select({ kind: 'lane', laneId: 'claims' });
    runCommand('selection.delete');
    expect(map().lanes.map((lane) => lane.id)).toEqual(['cust', 'friends', 'repair']);
    expect(map().steps.some((step) => step.laneId === 'claims')).toBe(false);
    documentHistory.undo();
    expect(map()).toEqual(claimMap());
  });

  it('duplicate copies the selected steps right after them and selects the copies', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['p2'] });
    runCommand('selection.duplicate');
    const selection = useSessionStore.getState().selection;
    expect(selection.kind === 'steps' && selection.stepIds).toHaveLength(1);
    const copyId = selection.kind === 'steps' ? selection.stepIds[0]! : '';
    expect(placesOf(map())[copyId]).toBe('repair 4..4');
    expect(map().steps.find((step) => step.id === copyId)?.title).toBe('Step p2');
  });

  it('move commands move the selection a column or a lane', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['p2'] });
    runCommand('step.moveLeft');
    expect(placesOf(map()).p2).toBe('repair 2..2');
    runCommand('step.moveUp');
    expect(placesOf(map()).p2).toBe('claims 2..2');
    runCommand('step.moveDown');
    runCommand('step.moveRight');
    expect(placesOf(map()).p2).toBe('repair 3..3');
    expect(undoDepth()).toBe(4);
  });

  it('are disabled with nothing selected', () => {
    expect(runCommand('selection.delete')).toBe(false);
    expect(runCommand('step.moveLeft')).toBe(false);
    expect(runCommand('selection.duplicate')).toBe(false);
    expect(undoDepth()).toBe(0);
  });
});

describe('the outline keys', () => {
  it('Enter adds the next step after the focused one in its lane, selects it and asks for focus on it', () => {
    focusOutlineStep('s4');
    runCommand('outline.addStepAfter');
    const added = map().steps.at(-1)!;
    expect(added).toMatchObject({ laneId: 'cust', column: 4, title: '' });
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: [added.id] });
    expect(focusRequested()).toEqual({ kind: 'step', stepId: added.id });
  });

  it('Enter in the middle of the journey inserts the new step between, moving the later ones right', () => {
    focusOutlineStep('s2');
    runCommand('outline.addStepAfter');
    expect(titles('cust')).toEqual(['Step s1', 'Step s2', '', 'Step s3', 'Step s4']);
  });

  it('builds a lane fast: type, Enter, type, Enter', () => {
    useDocumentStore.getState().replace({ id: 'm', title: 'New', stages: [], lanes: [], steps: [] });
    runCommand('lane.addJourney');
    const laneId = map().lanes[0]!.id;
    const first = 'first';
    useDocumentStore.getState().change((current) => ({ ...current, steps: [{ id: first, laneId, title: '', column: 0, span: 1 }] }));
    focusOutlineStep(first);
    type(first, 'Notices the leak');
    runCommand('outline.addStepAfter');
    let current = useOutlineFocus.getState().request!.target as { stepId: string };
    focusOutlineStep(current.stepId);
    type(current.stepId, 'Calls a plumber');
    runCommand('outline.addStepAfter');
    current = useOutlineFocus.getState().request!.target as { stepId: string };
    focusOutlineStep(current.stepId);
    type(current.stepId, 'Claims');
    expect(titles(laneId)).toEqual(['Notices the leak', 'Calls a plumber', 'Claims']);
  });

  it('Delete removes a step only while its title is empty; Ctrl+Delete always', () => {
    focusOutlineStep('s2');
    expect(runCommand('outline.deleteEmptyStep')).toBe(false);
    useDocumentStore.getState().change((current) => updateStep(current, 's2', { title: '' }));
    expect(runCommand('outline.deleteEmptyStep')).toBe(true);
    expect(titles('cust')).toEqual(['Step s1', 'Step s3', 'Step s4']);
    expect(focusRequested()).toEqual({ kind: 'step', stepId: 's3' });
    focusOutlineStep('s3');
    runCommand('outline.deleteStep');
    expect(titles('cust')).toEqual(['Step s1', 'Step s4']);
  });

  it('Backspace on an empty title removes the step and goes back to the one before', () => {
    useDocumentStore.getState().change((current) => updateStep(current, 's3', { title: '' }));
    focusOutlineStep('s3');
    runCommand('outline.deleteEmptyStepBack');
    expect(focusRequested()).toEqual({ kind: 'step', stepId: 's2' });
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: ['s2'] });
  });

  it('deleting the last step of a lane puts focus on the lane title', () => {
    focusOutlineStep('p2');
    runCommand('outline.deleteStep');
    expect(focusRequested()).toEqual({ kind: 'lane', laneId: 'repair' });
  });

  it('Alt+arrows move the focused step and keep focus on it', () => {
    focusOutlineStep('p2');
    runCommand('step.moveUp');
    expect(placesOf(map()).p2).toBe('claims 3..3');
    expect(focusRequested()).toEqual({ kind: 'step', stepId: 'p2' });
  });

  it('arrow keys move focus through the steps in outline order, across lanes', () => {
    focusOutlineStep('s4');
    runCommand('outline.focusNext');
    expect(focusRequested()).toEqual({ kind: 'step', stepId: 'p1' });
    focusOutlineStep('s1');
    expect(runCommand('outline.focusPrevious')).toBe(false);
  });

  it('undo from the outline takes back the added step and puts focus on the step before it', () => {
    focusOutlineStep('s4');
    runCommand('outline.addStepAfter');
    const added = (focusRequested() as { stepId: string }).stepId;
    focusOutlineStep(added);
    runCommand('outline.undo');
    expect(map()).toEqual(claimMap());
    expect(focusRequested()).toEqual({ kind: 'step', stepId: 's4' });
  });

  it('do nothing while no step of the outline has focus', () => {
    for (const id of ['outline.addStepAfter', 'outline.deleteStep', 'outline.focusNext'] as const) expect(runCommand(id)).toBe(false);
    expect(undoDepth()).toBe(0);
  });
});

describe('adding a lane', () => {
  it('selects the new lane and opens its title, so the next keys name it', () => {
    runCommand('lane.addProcess');
    const added = map().lanes.find((lane) => !claimMap().lanes.some((old) => old.id === lane.id))!;
    expect(useSessionStore.getState().selection).toEqual({ kind: 'lane', laneId: added.id });
    expect(useSessionStore.getState().titleEdit).toEqual({ kind: 'lane', laneId: added.id });
  });
});

describe('lane.toggleEmotionCurve', () => {
  it('shows and hides the selected journey lane’s emotion curve, one undo step each, and does nothing for other lanes', () => {
    useSessionStore.getState().select({ kind: 'lane', laneId: 'claims' });
    expect(runCommand('lane.toggleEmotionCurve')).toBe(false);
    useSessionStore.getState().select({ kind: 'lane', laneId: 'cust' });
    const depth = undoDepth();
    expect(runCommand('lane.toggleEmotionCurve')).toBe(true);
    expect(map().lanes.find((lane) => lane.id === 'cust')!.showEmotionCurve).toBe(true);
    runCommand('lane.toggleEmotionCurve');
    expect('showEmotionCurve' in map().lanes.find((lane) => lane.id === 'cust')!).toBe(false);
    expect(undoDepth()).toBe(depth + 2);
  });
});
