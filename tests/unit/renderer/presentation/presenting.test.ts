import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../renderer/app/commandList';
import { pressPresentationKey } from '../../../../renderer/presentation/presentationControl';
import { presentationStatus } from '../../../../renderer/presentation/presentationStatus';
import { useDocumentStore } from '../../../../renderer/store/documentStore';
import { usePresentationStore } from '../../../../renderer/store/presentationStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { useTimerStore } from '../../../../renderer/store/timerStore';
import { claimMap } from '../../shared/edit/editSupport';
import { homeInsurance } from '../../support/homeInsurance';
import { enabled, run } from '../support/commands';

// While a presentation is on screen, only the commands meant for it run: a native menu item, a
// script or a stray key cannot edit the map under the room's eyes.

beforeEach(() => {
  useDocumentStore.getState().replace(claimMap());
  useSessionStore.setState({ selection: { kind: 'steps', stepIds: ['s2'] } });
  usePresentationStore.setState({ presenting: { slide: 1, direction: 'none', blanked: false, typed: '', enteredFullScreen: false } });
});
afterEach(() => {
  usePresentationStore.setState({ presenting: null });
  useTimerStore.getState().stop();
  useSessionStore.setState({ selection: NOTHING_SELECTED });
});

describe('commands during a presentation', () => {
  it('refuses those that edit the map, and the map stays as it was', () => {
    const before = useDocumentStore.getState().map;
    for (const id of ['selection.delete', 'step.add', 'lane.addProcess', 'stage.add', 'step.moveRight', 'clipboard.paste'] as const) {
      expect(enabled(id), id).toBe(false);
      expect(run(id), id).toBe(false);
    }
    expect(useDocumentStore.getState().map).toBe(before);
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: ['s2'] });
  });

  it('refuses undo, so history cannot change the map either', () => {
    run('selection.delete');
    usePresentationStore.setState({ presenting: null });
    expect(run('selection.delete')).toBe(true);
    usePresentationStore.setState({ presenting: { slide: 0, direction: 'none', blanked: false, typed: '', enteredFullScreen: false } });
    const before = useDocumentStore.getState().map;
    expect(run('history.undo')).toBe(false);
    expect(useDocumentStore.getState().map).toBe(before);
  });

  it('lets only the timer’s commands run', () => {
    const allowed = COMMANDS.filter((command) => command.whilePresenting).map((command) => command.id);
    expect(allowed.sort()).toEqual(['timer.addMinute', 'timer.pause', 'timer.start', 'timer.stop']);
    useTimerStore.getState().start(120_000);
    expect(run('timer.pause')).toBe(true);
    expect(useTimerStore.getState().countdown?.state).toBe('paused');
    expect(run('timer.stop')).toBe(true);
    expect(useTimerStore.getState().countdown).toBeNull();
  });

  it('does not start a second presentation over the first', () => {
    expect(enabled('view.present')).toBe(false);
  });
});

describe('the presentation as the automation API tells it', () => {
  it('counts slides from 1, names the kind and the stage, and follows the keys', () => {
    useDocumentStore.getState().replace(homeInsurance());
    usePresentationStore.setState({ presenting: null });
    expect(presentationStatus()).toEqual({ active: false, slide: 1, slides: 5, kind: 'overview', blanked: false });
    usePresentationStore.setState({ presenting: { slide: 0, direction: 'none', blanked: false, typed: '', enteredFullScreen: false } });
    pressPresentationKey({ kind: 'next' });
    pressPresentationKey({ kind: 'next' });
    expect(presentationStatus()).toEqual({ active: true, slide: 3, slides: 5, kind: 'stage', stageId: 'st-claim', blanked: false });
    pressPresentationKey({ kind: 'blank' });
    pressPresentationKey({ kind: 'last' });
    expect(presentationStatus()).toMatchObject({ slide: 3, blanked: false });
    pressPresentationKey({ kind: 'last' });
    expect(presentationStatus()).toEqual({ active: true, slide: 5, slides: 5, kind: 'summary', blanked: false });
  });

  it('names no stage on a slide of a group of columns', () => {
    useDocumentStore.getState().replace({ ...homeInsurance(), stages: [] });
    usePresentationStore.setState({ presenting: { slide: 1, direction: 'none', blanked: false, typed: '', enteredFullScreen: false } });
    expect(presentationStatus()).toEqual({ active: true, slide: 2, slides: 5, kind: 'stage', blanked: false });
  });
});
