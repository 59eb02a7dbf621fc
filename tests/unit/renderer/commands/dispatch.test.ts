import { beforeEach, describe, expect, it } from 'vitest';
import { updateStep } from '../../../../shared/edit/steps';
import { commandContext, commit, dispatch } from '../../../../renderer/commands/dispatch';
import type { Command } from '../../../../renderer/commands/command';
import { commandById } from '../../../../renderer/commands/registry';
import { useDocumentStore } from '../../../../renderer/store/documentStore';
import { useOutlineFocus } from '../../../../renderer/store/outlineFocus';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { claimMap } from '../../shared/edit/editSupport';
import '../support/commands';

const map = () => useDocumentStore.getState().map;
/** The registered command of this id, typed with its arguments. */
const command = <I extends Parameters<typeof commandById>[0]>(id: I) => commandById(id) as unknown as Command<I>;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;

beforeEach(() => {
  useDocumentStore.getState().replace(claimMap());
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null, notice: null, viewport: { zoom: 1, width: 0, height: 0 } });
  useOutlineFocus.setState({ focus: { kind: 'none' }, request: null });
});

describe('a command’s perform', () => {
  it('returns what it changes and leaves the stores alone', () => {
    const before = map();
    const change = command('step.add').perform(commandContext(), { laneId: 'claims', column: 7 });
    expect(map()).toBe(before);
    expect(change).toMatchObject({ selection: { kind: 'steps' }, titleEdit: { kind: 'step' } });
    const added = (change as { map: typeof before }).map.steps.find((step) => !before.steps.some((old) => old.id === step.id));
    expect(added).toMatchObject({ laneId: 'claims', column: 7, title: '' });
  });

  it('of a drawn stage opens its title, where Add stage names it', () => {
    const drawn = command('stage.add').perform(commandContext(), { fromColumn: 1, toColumn: 2, title: '' });
    expect(drawn).toMatchObject({ titleEdit: { kind: 'stage' } });
    const added = command('stage.add').perform(commandContext());
    expect(added).not.toHaveProperty('titleEdit');
    expect((added as { map: ReturnType<typeof map> }).map.stages.at(-1)!.title).toBe('New stage');
  });
});

describe('dispatch', () => {
  it('commits the change: the map as one undo entry, then the selection and the title to edit, which name the new step', () => {
    expect(dispatch('step.add', { laneId: 'claims', column: 7 })).toBe(true);
    const added = map().steps.at(-1)!;
    expect(added).toMatchObject({ laneId: 'claims', column: 7 });
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: [added.id] });
    expect(useSessionStore.getState().titleEdit).toEqual({ kind: 'step', stepId: added.id });
    expect(undoDepth()).toBe(1);
  });

  it('runs nothing that is disabled now', () => {
    expect(dispatch('selection.delete')).toBe(false);
    expect(undoDepth()).toBe(0);
  });
});

describe('commit', () => {
  it('refuses a change that would take the map past its limits, says why, and changes nothing else', () => {
    const far = { ...map(), steps: map().steps.map((step) => (step.id === 's1' ? { ...step, column: 99_999, span: 3 } : step)) };
    commit({ map: far, selection: { kind: 'steps', stepIds: ['s1'] } });
    expect(map()).toEqual(claimMap());
    expect(undoDepth()).toBe(0);
    expect(useSessionStore.getState().selection).toEqual(NOTHING_SELECTED);
    expect(useSessionStore.getState().notice).toBe('A map ends at column 100,000: a step cannot reach past it.');
  });

  it('folds a change into the entry on top when asked to merge', () => {
    commit({ map: updateStep(map(), 's1', { title: 'A' }) });
    commit({ map: updateStep(map(), 's1', { title: 'AB' }), history: 'merge' });
    expect(undoDepth()).toBe(1);
    useDocumentStore.temporal.getState().undo();
    expect(map()).toEqual(claimMap());
  });

  it('records nothing for a change without a map, and says a notice', () => {
    commit({ zoom: 2, notice: 'Hello' });
    expect(undoDepth()).toBe(0);
    expect(useSessionStore.getState()).toMatchObject({ notice: 'Hello', viewport: { zoom: 2 } });
  });
});
