import { beforeEach, describe, expect, it } from 'vitest';
import { useCanvasStore } from '../../../../../renderer/canvas/canvasStore';
import { DRAG_THRESHOLD } from '../../../../../renderer/canvas/tools/gestureRunner';
import { documentHistory, useDocumentStore } from '../../../../../renderer/store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../../renderer/store/sessionStore';
import { claimMap, placesOf } from '../../../shared/edit/editSupport';
import { ToolDriver } from './toolDriver';

let driver: ToolDriver;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const gesture = () => useCanvasStore.getState().gesture;
const selection = () => useSessionStore.getState().selection;
const right = (from: { x: number; y: number }, by: number) => ({ x: from.x + by, y: from.y });

beforeEach(() => {
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null });
  driver = new ToolDriver(claimMap());
});

describe('moving cards', () => {
  it('carries the card with the pointer, previews the drop and its gaps, and changes the map once, on release', () => {
    const from = driver.centreOf('p2');
    driver.pointerDown(from);
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['p2'] });
    const to = right(from, -2 * driver.layout.columnWidth);
    driver.pointerMove(to);
    expect(driver.carried).toMatchObject({ stepIds: ['p2'], dx: -2 * driver.layout.columnWidth });
    expect(gesture()).toMatchObject({ kind: 'moveSteps', stepIds: ['p2'] });
    expect(placesOf(driver.map).p2).toBe('repair 3..3');
    driver.pointerUp(to);
    expect(placesOf(driver.map).p2).toBe('repair 1..1');
    expect(undoDepth()).toBe(1);
    expect(gesture().kind).toBe('none');
    expect(driver.carried).toBeNull();
  });

  it('moves all the selected cards together when one of them is grabbed', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1', 's2'] });
    const from = driver.centreOf('s1');
    driver.drag(from, right(from, driver.layout.columnWidth));
    expect(placesOf(driver.map)).toMatchObject({ s1: 'cust 1..1', s2: 'cust 2..2' });
  });

  it('below the drag threshold is a click: nothing moves, and a click on one of several selected cards selects it alone', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1', 's2'] });
    const from = driver.centreOf('s2');
    driver.drag(from, right(from, DRAG_THRESHOLD - 1));
    expect(driver.map).toEqual(claimMap());
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['s2'] });
  });

  it('Shift+click adds a card to the selection or takes it out, and starts no drag', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1'] });
    expect(driver.pointerDown(driver.centreOf('s3'), { shiftKey: true })).toBeNull();
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['s1', 's3'] });
    driver.pointerDown(driver.centreOf('s1'), { shiftKey: true });
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['s3'] });
  });

  it('Escape puts the cards back: no change, no preview, nothing carried', () => {
    const from = driver.centreOf('p2');
    driver.pointerDown(from);
    driver.pointerMove(right(from, -driver.layout.columnWidth));
    driver.escape();
    driver.pointerUp(right(from, -driver.layout.columnWidth));
    expect(driver.map).toEqual(claimMap());
    expect(undoDepth()).toBe(0);
    expect(gesture().kind).toBe('none');
    expect(driver.carried).toBeNull();
  });

  it('ends without a change when the map is replaced or undone under it', () => {
    useDocumentStore.getState().change((map) => ({ ...map, title: 'Renamed' }));
    const from = driver.centreOf('p2');
    driver.pointerDown(from);
    driver.pointerMove(right(from, -driver.layout.columnWidth));
    documentHistory.undo();
    driver.pointerUp(right(from, -driver.layout.columnWidth));
    expect(placesOf(driver.map).p2).toBe('repair 3..3');
    expect(driver.runner.active).toBe(false);
  });

  it('is cancelled when released over a panel beside the canvas: nothing lands far away', () => {
    const from = driver.centreOf('p2');
    driver.pointerDown(from);
    const far = right(from, 3 * driver.layout.columnWidth);
    driver.pointerMove(far);
    driver.pointerUp(far, { overCanvas: false });
    expect(driver.map).toEqual(claimMap());
    expect(gesture().kind).toBe('none');
    expect(driver.carried).toBeNull();
  });
});

describe('resizing a card', () => {
  it('drags the selected card’s grip over whole columns, previewing the span, and records one change', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1'] });
    const box = driver.box('s1');
    const grip = { x: box.x + box.width - 2, y: box.y + box.height / 2 };
    expect(driver.hit(grip).target.kind).toBe('resizeGrip');
    driver.pointerDown(grip);
    driver.pointerMove(right(grip, driver.layout.columnWidth));
    expect(gesture()).toMatchObject({ kind: 'resizeStep', stepId: 's1', span: 2 });
    driver.pointerUp(right(grip, driver.layout.columnWidth));
    expect(driver.map.steps.find((step) => step.id === 's1')!.span).toBe(2);
    expect(undoDepth()).toBe(1);
  });

  it('shows no grip on a card that is not selected alone: a press there moves it', () => {
    const box = driver.box('s1');
    expect(driver.hit({ x: box.x + box.width - 2, y: box.y + box.height / 2 }).target.kind).toBe('step');
  });
});

describe('the marquee', () => {
  it('selects the cards it touches as it grows, from an empty cell', () => {
    const start = driver.cell('friends', 0);
    driver.pointerDown(start);
    driver.pointerMove(driver.centreOf('s2'));
    expect(gesture().kind).toBe('marquee');
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['s1', 's2'] });
    driver.pointerUp(driver.centreOf('s2'));
    expect(gesture().kind).toBe('none');
    expect(undoDepth()).toBe(0);
  });

  it('a click on empty ground selects nothing; with Shift it keeps the selection', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['s1'] });
    const empty = driver.cell('friends', 3);
    driver.pointerDown(empty, { shiftKey: true });
    driver.pointerUp(empty, { shiftKey: true });
    expect(selection()).toEqual({ kind: 'steps', stepIds: ['s1'] });
    driver.drag(empty, empty);
    expect(selection()).toEqual(NOTHING_SELECTED);
  });
});
