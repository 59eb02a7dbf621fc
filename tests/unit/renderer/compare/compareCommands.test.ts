import { beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { COMMANDS } from '../../../../renderer/app/commandList';
import { commit } from '../../../../renderer/commands/dispatch';
import { commandForKey } from '../../../../renderer/commands/keyboardDispatch';
import { useCompareDialog } from '../../../../renderer/compare/compareDialogState';
import { compareWithNow, discard, rename, restore, saveSnapshot } from '../../../../renderer/compare/snapshotActions';
import { openMap } from '../../../../renderer/files/openFile';
import { useCompareStore } from '../../../../renderer/store/compareStore';
import { useDocumentStore } from '../../../../renderer/store/documentStore';
import { useSessionStore } from '../../../../renderer/store/sessionStore';
import { enabled, run } from '../support/commands';

const map = (): JourneyMap => useDocumentStore.getState().map;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const comparing = () => useCompareStore.getState().comparing;

const CLAIM: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'ops', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 'c1', laneId: 'cust', title: 'Calls', column: 0, span: 1 },
    { id: 'c2', laneId: 'cust', title: 'Waits', column: 1, span: 1 },
    { id: 'c3', laneId: 'cust', title: 'Is paid', column: 2, span: 1 },
    { id: 'p1', laneId: 'ops', title: 'Registers', column: 0, span: 1 },
    { id: 'p2', laneId: 'ops', title: 'Pays', column: 2, span: 1 },
  ],
};

/** Moves a step to a column as a drag does: one undo step. */
const moveStep = (id: string, column: number): void => {
  commit({ map: { ...map(), steps: map().steps.map((step) => (step.id === id ? { ...step, column } : step)) } });
};

beforeEach(() => {
  openMap(CLAIM);
  useCompareStore.setState({ comparing: null });
  useCompareDialog.setState({ open: null });
  useSessionStore.setState({ notice: null });
});

describe('snapshots', () => {
  it('Save snapshot… opens its dialog; saving keeps the map under its name as one undo step', () => {
    expect(run('snapshot.save')).toBe(true);
    expect(useCompareDialog.getState().open).toBe('saveSnapshot');
    const depth = undoDepth();
    expect(saveSnapshot('As-is', new Date(Date.UTC(2026, 11, 6, 10)))).toBe(true);
    expect(map().snapshots).toEqual([expect.objectContaining({ name: 'As-is', createdAt: '2026-12-06T10:00:00.000Z' })]);
    expect(undoDepth()).toBe(depth + 1);
    expect(useSessionStore.getState().notice).toBe('Snapshot “As-is” saved.');
  });

  it('restores a snapshot as one undo step, and renames and deletes it', () => {
    saveSnapshot('As-is');
    const id = map().snapshots![0]!.id;
    moveStep('p2', 1);
    restore(id);
    expect(map().steps.find((step) => step.id === 'p2')!.column).toBe(2);
    expect(map().snapshots).toHaveLength(1);
    useDocumentStore.temporal.getState().undo();
    expect(map().steps.find((step) => step.id === 'p2')!.column).toBe(1);
    rename(id, 'Workshop 1');
    expect(map().snapshots![0]!.name).toBe('Workshop 1');
    discard(id);
    expect(map().snapshots).toBeUndefined();
  });
});

describe('the compare view', () => {
  it('compares a snapshot with now; next and previous walk the changes, wrapping round; leave goes back', () => {
    saveSnapshot('As-is');
    moveStep('p2', 1);
    expect(enabled('compare.nextChange')).toBe(false);
    compareWithNow(map().snapshots![0]!.id);
    const shown = comparing()!;
    expect(shown.before.name).toBe('As-is');
    expect(shown.after).toMatchObject({ name: 'Now', document: map() });
    expect(shown.diff.lanes[0]!.gapsOpened.map((gap) => gap.stepIds)).toEqual([['c3']]);
    const stops = shown.view.stops.length;
    expect(stops).toBeGreaterThan(1);
    expect(run('compare.nextChange')).toBe(true);
    expect(comparing()!.focused).toBe(0);
    expect(run('compare.previousChange')).toBe(true);
    expect(comparing()!.focused).toBe(stops - 1);
    expect(run('compare.leave')).toBe(true);
    expect(comparing()).toBeNull();
    expect(enabled('compare.leave')).toBe(false);
  });

  it('follows the map as it is now: an undo or a command of the toolbar shows in the compare at once, the snapshot stays', () => {
    saveSnapshot('As-is');
    moveStep('p2', 1);
    compareWithNow(map().snapshots![0]!.id);
    const snapshotSide = comparing()!.before;
    expect(comparing()!.diff.steps.moved).toEqual(['p2']);
    expect(run('compare.nextChange')).toBe(true);
    expect(run('history.undo')).toBe(true);
    expect(comparing()!.after.document).toBe(map());
    expect(comparing()!.diff.steps.moved).toEqual([]);
    expect(comparing()!.diff.lanes[0]!.gapsOpened).toEqual([]);
    expect(comparing()!.before).toBe(snapshotSide);
    // The keyboard's ring is kept where it can be, and dropped when nothing is left to walk.
    expect(comparing()!.focused).toBe(comparing()!.view.stops.length === 0 ? null : 0);
    expect(run('history.redo')).toBe(true);
    expect(comparing()!.diff.steps.moved).toEqual(['p2']);
  });

  it('goes when another map is opened: it was of the map that was there', () => {
    saveSnapshot('As-is');
    compareWithNow(map().snapshots![0]!.id);
    expect(comparing()).not.toBeNull();
    openMap(CLAIM);
    expect(comparing()).toBeNull();
  });

  it('binds N, the arrows and Escape only inside the compare view', () => {
    const press = (key: string, shiftKey = false) => ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey });
    const inCompare = { scope: 'compare', editingText: false } as const;
    const onCanvas = { scope: 'canvas', editingText: false } as const;
    expect(commandForKey(COMMANDS, press('n'), inCompare, false)?.id).toBe('compare.nextChange');
    expect(commandForKey(COMMANDS, press('ArrowLeft'), inCompare, false)?.id).toBe('compare.previousChange');
    expect(commandForKey(COMMANDS, press('N', true), inCompare, false)?.id).toBe('compare.previousChange');
    expect(commandForKey(COMMANDS, press('Escape'), inCompare, false)?.id).toBe('compare.leave');
    expect(commandForKey(COMMANDS, press('n'), onCanvas, false)?.id).toBe('step.add');
    expect(commandForKey(COMMANDS, press('Escape'), onCanvas, false)?.id).not.toBe('compare.leave');
  });
});
