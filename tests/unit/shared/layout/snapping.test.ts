import { describe, expect, it } from 'vitest';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { dropSpots, laneDrop, resizeStageEdge, snapMove, snapSpan, stageSpan } from '../../../../shared/layout/snapping';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: Lane['kind']): Lane => ({ id, kind, title: `Lane ${id}` });
const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
const map: JourneyMap = {
  id: 'm',
  title: 'Map',
  stages: [{ id: 'buy', title: 'Buy', fromColumn: 1, toColumn: 2 }],
  lanes: [lane('j', 'journey'), lane('c', 'context'), lane('p1', 'process'), lane('p2', 'process'), lane('p3', 'process')],
  steps: [step('a', 'j', 0), step('b', 'j', 1), step('x', 'p1', 2), step('y', 'p2', 3)],
};
const layout = layoutMap(map, undefined, { spareColumns: 2 });
const box = (id: string) => layout.steps.find((s) => s.stepId === id)!;
const band = (id: string) => layout.lanes.find((l) => l.laneId === id)!;

describe('snapping a card drag', () => {
  it('moves by whole columns, rounding to the nearest, into the lane under the pointer', () => {
    expect(snapMove(layout, [box('x')], 'p1', 0.6 * D.columnWidth, band('p2').y + 10)).toEqual({ columnDelta: 1, laneDelta: 1 });
    expect(snapMove(layout, [box('x')], 'p1', 0.4 * D.columnWidth, band('p1').y + 10)).toEqual({ columnDelta: 0, laneDelta: 0 });
  });

  it('clamps a group as a whole, like the move operation, so the preview shows what the drop does', () => {
    expect(snapMove(layout, [box('a'), box('b')], 'j', -3 * D.columnWidth, band('j').y)).toEqual({ columnDelta: 0, laneDelta: 0 });
    expect(snapMove(layout, [box('x'), box('y')], 'p1', 0, 1e6)).toEqual({ columnDelta: 0, laneDelta: 1 });
  });

  it('stops at the last column of the layout, where the drop preview still shows (dragged past the end, auto-scrolled)', () => {
    const last = layout.columnCount - 1;
    expect(snapMove(layout, [box('x')], 'p1', 100 * D.columnWidth, band('p1').y)).toEqual({ columnDelta: last - box('x').column, laneDelta: 0 });
    expect(snapMove(layout, [box('a'), box('b')], 'j', 100 * D.columnWidth, band('j').y).columnDelta).toBe(last - box('b').column);
  });

  it('previews each card on its new cell and says when a journey drop inserts columns', () => {
    const [spot] = dropSpots(layout, [box('a')], { columnDelta: 1, laneDelta: 0 });
    expect(spot).toMatchObject({ stepId: 'a', laneId: 'j', column: 1, inserts: true, x: D.laneHeaderWidth + D.columnWidth + D.stepInset, y: band('j').y + D.stepInset });
    expect(dropSpots(layout, [box('a')], { columnDelta: 3, laneDelta: 0 })[0]!.inserts).toBe(false);
    // Process lanes stack rather than insert.
    expect(dropSpots(layout, [box('x')], { columnDelta: 1, laneDelta: 1 })[0]).toMatchObject({ laneId: 'p2', column: 3, inserts: false });
  });

  it('resizes a span by whole columns and never below one', () => {
    expect(snapSpan(1, 0.7 * D.columnWidth, D.columnWidth)).toBe(2);
    expect(snapSpan(2, -5 * D.columnWidth, D.columnWidth)).toBe(1);
  });
});

describe('reordering lanes', () => {
  it('keeps a lane within its kind and shows the line where it goes', () => {
    expect(laneDrop(layout, 'p1', band('p3').y + band('p3').height - 2)).toEqual({ toIndex: 4, lineY: band('p3').y + band('p3').height });
    expect(laneDrop(layout, 'p3', band('p1').y + 2)).toEqual({ toIndex: 2, lineY: band('p1').y });
    // Dragged far up into the journey, a process lane stops at the top of the process group.
    expect(laneDrop(layout, 'p2', 0)).toEqual({ toIndex: 2, lineY: band('p1').y });
  });
});

describe('stage gestures', () => {
  it('spans the columns of a drag in either direction', () => {
    expect(stageSpan(4, 2)).toEqual({ fromColumn: 2, toColumn: 4 });
  });

  it('snaps a dragged stage edge to the nearest column boundary, keeping one column', () => {
    const stage = layout.stages[0]!;
    expect(resizeStageEdge(layout, stage, 'to', stage.x + stage.width + 0.6 * D.columnWidth)).toEqual({ fromColumn: 1, toColumn: 3 });
    expect(resizeStageEdge(layout, stage, 'from', stage.x - D.columnWidth)).toEqual({ fromColumn: 0, toColumn: 2 });
    expect(resizeStageEdge(layout, stage, 'from', stage.x + 5 * D.columnWidth)).toEqual({ fromColumn: 2, toColumn: 2 });
  });
});
