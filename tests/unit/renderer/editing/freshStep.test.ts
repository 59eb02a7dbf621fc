import { beforeEach, describe, expect, it } from 'vitest';
import { updateStep } from '../../../../shared/edit/steps';
import { leaveFreshStep } from '../../../../renderer/editing/freshStep';
import { changeWithinLastEntry, documentHistory, useDocumentStore } from '../../../../renderer/store/documentStore';
import { useOutlineFocus } from '../../../../renderer/store/outlineFocus';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { claimMap, placesOf, stagesOf } from '../../shared/edit/editSupport';
import { run } from '../support/commands';

const map = () => useDocumentStore.getState().map;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const added = (): string => {
  const fresh = useSessionStore.getState().freshStep;
  if (!fresh) throw new Error('No step was added untitled.');
  return fresh.stepId;
};
const focusOutlineStep = (stepId: string): void => {
  useOutlineFocus.getState().focused({ kind: 'step', stepId });
  useSessionStore.getState().select({ kind: 'steps', stepIds: [stepId] });
};

beforeEach(() => {
  useDocumentStore.getState().replace(claimMap());
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null, freshStep: null });
  useOutlineFocus.setState({ focus: { kind: 'none' }, request: null });
});

describe('a step added and left untitled', () => {
  it('goes again as if it had never been added: no step, no undo entry, nothing to redo', () => {
    useSessionStore.getState().select({ kind: 'lane', laneId: 'claims' });
    run('step.add');
    const stepId = added();
    expect(leaveFreshStep(stepId)).toBe(true);
    expect(map()).toEqual(claimMap());
    expect(undoDepth()).toBe(0);
    expect(documentHistory.canRedo()).toBe(false);
    expect(useSessionStore.getState().selection).toEqual(NOTHING_SELECTED);
  });

  it('stays once it has a title, its naming part of the adding', () => {
    run('step.add');
    const stepId = added();
    changeWithinLastEntry((current) => updateStep(current, stepId, { title: 'Reads the small print' }));
    expect(leaveFreshStep(stepId)).toBe(false);
    expect(map().steps.find((step) => step.id === stepId)?.title).toBe('Reads the small print');
    expect(undoDepth()).toBe(1);
  });

  it('added in the middle of the journey from the outline and left, closes the column it opened', () => {
    focusOutlineStep('s2');
    run('outline.addStepAfter');
    const stepId = added();
    expect(placesOf(map()).s3).toBe('cust 3..3');
    // Something else was recorded since: the step goes as a change of its own, with its column.
    useDocumentStore.getState().change((current) => ({ ...current, title: 'Renamed' }));
    expect(leaveFreshStep(stepId)).toBe(true);
    expect(placesOf(map())).toEqual(placesOf(claimMap()));
    expect(stagesOf(map())).toEqual(stagesOf(claimMap()));
    documentHistory.undo();
    expect(map().steps.some((step) => step.id === stepId)).toBe(true);
  });

  it('deleted with Delete in the outline takes back the column its adding opened', () => {
    focusOutlineStep('s2');
    run('outline.addStepAfter');
    focusOutlineStep(added());
    expect(run('outline.deleteEmptyStep')).toBe(true);
    expect(placesOf(map())).toEqual(placesOf(claimMap()));
    expect(stagesOf(map())).toEqual(stagesOf(claimMap()));
  });

  it('never makes a column a touchpoint: three left in a row leave the map as it was', () => {
    for (let i = 0; i < 3; i++) {
      useSessionStore.getState().select({ kind: 'lane', laneId: 'claims' });
      run('step.add');
      leaveFreshStep(added());
    }
    expect(map()).toEqual(claimMap());
  });
});
