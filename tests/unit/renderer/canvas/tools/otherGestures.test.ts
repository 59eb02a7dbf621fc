import { beforeEach, describe, expect, it } from 'vitest';
import { setEmotionCurveShown } from '../../../../../shared/edit/emotion';
import { useCanvasStore } from '../../../../../renderer/canvas/canvasStore';
import { useEmotionDragStore } from '../../../../../renderer/canvas/emotion/emotionDragStore';
import { panning } from '../../../../../renderer/canvas/tools/panning';
import { placingFromPalette } from '../../../../../renderer/canvas/tools/placingFromPalette';
import { useDocumentStore } from '../../../../../renderer/store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../../renderer/store/sessionStore';
import { claimMap, stagesOf } from '../../../shared/edit/editSupport';
import { ToolDriver } from './toolDriver';

let driver: ToolDriver;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const session = () => useSessionStore.getState();
const down = (from: { x: number; y: number }, by: number) => ({ x: from.x, y: from.y + by });
const right = (from: { x: number; y: number }, by: number) => ({ x: from.x + by, y: from.y });

beforeEach(() => {
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null });
  driver = new ToolDriver(claimMap());
});

describe('moving a lane', () => {
  it('drags a lane by its header below the next one of its kind, selected, in one change', () => {
    const from = driver.laneHeader('claims');
    driver.pointerDown(from);
    expect(session().selection).toEqual({ kind: 'lane', laneId: 'claims' });
    const repair = driver.layout.lanes.find((lane) => lane.laneId === 'repair')!;
    const to = { x: from.x, y: repair.y + repair.height - 2 };
    driver.pointerMove(to);
    expect(useCanvasStore.getState().gesture.kind).toBe('moveLane');
    driver.pointerUp(to);
    expect(driver.map.lanes.map((lane) => lane.id)).toEqual(['cust', 'friends', 'repair', 'claims']);
    expect(undoDepth()).toBe(1);
  });
});

describe('stages', () => {
  it('drawing across the empty stage row adds a stage over the columns drawn and opens its title', () => {
    driver.drag(driver.stageRow(3), driver.stageRow(4));
    const added = driver.map.stages.find((stage) => stage.id !== 'buy')!;
    expect(added).toMatchObject({ fromColumn: 3, toColumn: 4, title: '' });
    expect(session().titleEdit).toEqual({ kind: 'stage', stageId: added.id });
    expect(undoDepth()).toBe(1);
  });

  it('dragging a stage’s edge moves it over whole columns', () => {
    const stage = driver.layout.stages.find((header) => header.stageId === 'buy')!;
    const edge = { x: stage.x + stage.width, y: stage.y + stage.height / 2 };
    expect(driver.hit(edge).target.kind).toBe('stageEdge');
    driver.drag(edge, right(edge, driver.layout.columnWidth));
    expect(stagesOf(driver.map).buy).toBe('1..3');
  });

  it('a click on a stage selects it; on the empty row it selects nothing', () => {
    expect(driver.pointerDown(driver.stageRow(1))).toBeNull();
    expect(session().selection).toEqual({ kind: 'stage', stageId: 'buy' });
    driver.drag(driver.stageRow(5), driver.stageRow(5));
    expect(session().selection).toEqual(NOTHING_SELECTED);
    expect(driver.map.stages).toHaveLength(1);
  });
});

describe('an emotion curve’s point', () => {
  beforeEach(() => {
    driver = new ToolDriver(setEmotionCurveShown(claimMap(), 'cust', true));
  });

  it('is dragged up to a whole emotion, set once on release; only the band hears the drag', () => {
    const point = driver.layout.emotionCurves[0]!.points.find((candidate) => candidate.stepId === 's2')!;
    driver.pointerDown(point);
    expect(session().selection).toEqual({ kind: 'steps', stepIds: ['s2'] });
    const up = down(point, -200);
    driver.pointerMove(up);
    expect(useEmotionDragStore.getState().drag).toMatchObject({ stepId: 's2', emotion: 2 });
    expect(useCanvasStore.getState().gesture.kind).toBe('none');
    driver.pointerUp(up);
    expect(driver.map.steps.find((step) => step.id === 's2')!.emotion).toBe(2);
    expect(useEmotionDragStore.getState().drag).toBeNull();
    expect(undoDepth()).toBe(1);
  });

  it('sets nothing on a click, and its band adds no step on a double-click', () => {
    const point = driver.layout.emotionCurves[0]!.points[0]!;
    driver.drag(point, point);
    const band = driver.layout.emotionCurves[0]!.band;
    driver.doubleClick({ x: band.x + band.width - 5, y: band.y + 5 });
    expect(undoDepth()).toBe(0);
  });
});

describe('placing a step from the palette', () => {
  it('previews the cell under the pointer and adds the step there on release, with its title open', () => {
    driver.startOutside(placingFromPalette({ at: () => undefined, end: () => undefined }), { x: -100, y: -100 });
    const cell = driver.cell('claims', 4);
    driver.pointerMove(cell);
    expect(useCanvasStore.getState().gesture).toMatchObject({ kind: 'placeStep', cell: { laneId: 'claims', column: 4 } });
    driver.pointerUp(cell);
    const added = driver.map.steps.at(-1)!;
    expect(added).toMatchObject({ laneId: 'claims', column: 4, title: '' });
    expect(session().titleEdit).toEqual({ kind: 'step', stepId: added.id });
  });

  it('adds nothing when released away from the canvas', () => {
    let ended = false;
    driver.startOutside(placingFromPalette({ at: () => undefined, end: () => (ended = true) }), { x: -100, y: -100 });
    driver.pointerMove(driver.cell('claims', 4), { overCanvas: false });
    driver.pointerUp(driver.cell('claims', 4), { overCanvas: false });
    expect(driver.map).toEqual(claimMap());
    expect(ended).toBe(true);
  });
});

describe('panning', () => {
  it('scrolls the view by the distance the pointer travelled', () => {
    driver.startOutside(panning({ carry: () => undefined, release: () => undefined, scrollPosition: () => ({ left: 100, top: 50 }), scrollTo: (left, top) => (driver.scroll = { left, top }) }), { x: 200, y: 200 });
    driver.runner.move({ screen: { x: 170, y: 190 }, client: { x: 170, y: 190 }, overCanvas: true, shiftKey: false });
    expect(driver.scroll).toEqual({ left: 130, top: 60 });
  });
});

describe('at rest', () => {
  it('a double-click adds a step in an empty cell, and opens the title of a card, a lane or a stage', () => {
    driver.doubleClick(driver.cell('claims', 4));
    const added = driver.map.steps.at(-1)!;
    expect(added).toMatchObject({ laneId: 'claims', column: 4 });
    expect(session().titleEdit).toEqual({ kind: 'step', stepId: added.id });
    driver.doubleClick(driver.centreOf('s1'));
    expect(session().titleEdit).toEqual({ kind: 'step', stepId: 's1' });
    driver.doubleClick(driver.laneHeader('friends'));
    expect(session().titleEdit).toEqual({ kind: 'lane', laneId: 'friends' });
    driver.doubleClick(driver.stageRow(2));
    expect(session().titleEdit).toEqual({ kind: 'stage', stageId: 'buy' });
  });

  it('a right-click opens the menu of what is under the pointer, selecting it', () => {
    expect(driver.contextMenu(driver.centreOf('s1')).label).toBe('Step actions');
    expect(session().selection).toEqual({ kind: 'steps', stepIds: ['s1'] });
    expect(driver.contextMenu(driver.laneHeader('cust')).commandIds).toContain('lane.toggleEmotionCurve');
    expect(driver.contextMenu(driver.laneHeader('claims')).commandIds).not.toContain('lane.toggleEmotionCurve');
    expect(driver.contextMenu(driver.stageRow(1)).label).toBe('Stage actions');
    expect(driver.contextMenu(driver.cell('friends', 3)).label).toBe('Map actions');
    expect(session().selection).toEqual(NOTHING_SELECTED);
  });

  it('the cursor says what a press would do', () => {
    expect(driver.cursor(driver.centreOf('s1'))).toBe('grab');
    expect(driver.cursor(driver.cell('friends', 3))).toBe('');
    expect(driver.cursor(driver.laneHeader('cust'))).toBe('grab');
    expect(driver.cursor(driver.stageRow(1))).toBe('pointer');
    expect(driver.cursor(driver.stageRow(5))).toBe('crosshair');
  });
});
