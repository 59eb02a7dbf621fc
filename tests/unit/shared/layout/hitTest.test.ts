import { describe, expect, it } from 'vitest';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { rectBetween } from '../../../../shared/layout/geometry';
import { cellAt, columnAt, laneAt, nearestLane, stageAt, stageEdgeAt, stepAt, stepsInRect, stepsWithin, targetAt } from '../../../../shared/layout/hitTest';
import { toScreen, type CanvasView } from '../../../../shared/layout/viewTransform';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: Lane['kind']): Lane => ({ id, kind, title: `Lane ${id}` });
const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
const map: JourneyMap = {
  id: 'm',
  title: 'Map',
  stages: [
    { id: 'aware', title: 'Aware', fromColumn: 0, toColumn: 1 },
    { id: 'buy', title: 'Buy', fromColumn: 2, toColumn: 3 },
  ],
  lanes: [lane('j', 'journey'), lane('p', 'process')],
  steps: [step('a', 'j', 0), step('b', 'j', 1, 2), step('x', 'p', 2)],
};
const layout = layoutMap(map, undefined, { spareColumns: 2 });
const centre = (id: string) => {
  const box = layout.steps.find((s) => s.stepId === id)!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const [journey, process] = layout.lanes as [(typeof layout.lanes)[0], (typeof layout.lanes)[0]];

describe('hit testing the layout', () => {
  it('finds the card under the pointer, and none between cards', () => {
    expect(stepAt(layout, centre('b'))?.stepId).toBe('b');
    expect(stepAt(layout, centre('x'))?.stepId).toBe('x');
    expect(stepAt(layout, { x: D.laneHeaderWidth + D.columnWidth - 1, y: centre('a').y })).toBeNull();
  });

  it('finds the lane and cell under a point; none over the lane headers or below the last lane', () => {
    expect(laneAt(layout, journey.y)?.laneId).toBe('j');
    expect(laneAt(layout, process.y + process.height - 1)?.laneId).toBe('p');
    expect(laneAt(layout, process.y + process.height)).toBeNull();
    expect(cellAt(layout, { x: D.laneHeaderWidth + 4.5 * D.columnWidth, y: process.y + 5 })).toEqual({ laneId: 'p', column: 4 });
    expect(cellAt(layout, { x: 10, y: process.y + 5 })).toBeNull();
  });

  it('clamps columns to the axis and lanes to the nearest one while dragging past the edges', () => {
    expect(columnAt(layout, -500)).toBe(0);
    expect(columnAt(layout, 1e6)).toBe(layout.columnCount - 1);
    expect(nearestLane(layout, -100)?.laneId).toBe('j');
    expect(nearestLane(layout, 1e6)?.laneId).toBe('p');
  });

  it('keeps spare empty columns after the last step to drop onto', () => {
    // The last stage ends at column 3: four columns in use, and two spare.
    expect(layout.columnCount).toBe(6);
  });

  it('selects with a marquee every card it touches, whichever way it was drawn', () => {
    const a = centre('a');
    const x = centre('x');
    expect(stepsInRect(layout.steps, rectBetween(x, a))).toEqual(['a', 'b', 'x']);
    expect(stepsInRect(layout.steps, rectBetween({ x: a.x, y: a.y }, { x: a.x + 1, y: a.y + 1 }))).toEqual(['a']);
  });

  it('draws only the cards inside the visible area', () => {
    const area = { x: 0, y: 0, width: D.laneHeaderWidth + D.columnWidth, height: layout.height };
    expect(stepsWithin(layout.steps, area).map((s) => s.stepId)).toEqual(['a']);
  });

  it('finds the stage under the pointer and the stage edge near it, preferring the stage the pointer is over', () => {
    const buy = layout.stages[1]!;
    expect(stageAt(layout, buy.x + 3)?.stageId).toBe('buy');
    expect(stageEdgeAt(layout, buy.x + 3, 6)).toEqual({ stageId: 'buy', edge: 'from' });
    expect(stageEdgeAt(layout, buy.x - 3, 6)).toEqual({ stageId: 'aware', edge: 'to' });
    expect(stageEdgeAt(layout, buy.x + 40, 6)).toBeNull();
  });
});

describe('targetAt', () => {
  // Unscrolled, the frozen headers sit where the map draws them: one transform serves every region.
  const view: CanvasView = { zoom: 1, scrollLeft: 0, scrollTop: 0, padding: 20 };
  const at = (point: { x: number; y: number }, grip: string | null = null) => targetAt(layout, view, toScreen(view, point), grip).target;

  it('names the one thing under a point: a card, an empty cell, a lane header, a stage, its edge, the empty stage row', () => {
    expect(at(centre('b'))).toMatchObject({ kind: 'step', step: { stepId: 'b' } });
    expect(at({ x: centre('a').x, y: process.y + 20 })).toEqual({ kind: 'cell', cell: { laneId: 'p', column: 0 } });
    expect(at({ x: journey.header.x + 10, y: journey.y + 10 })).toMatchObject({ kind: 'laneHeader', lane: { laneId: 'j' } });
    const buy = layout.stages[1]!;
    const row = buy.y + buy.height / 2;
    expect(at({ x: buy.x + 40, y: row })).toMatchObject({ kind: 'stage', stage: { stageId: 'buy' } });
    expect(at({ x: buy.x + 2, y: row })).toMatchObject({ kind: 'stageEdge', edge: 'from' });
    expect(at({ x: layout.axis.x + 5.5 * layout.columnWidth, y: row })).toEqual({ kind: 'stageRow', column: 5 });
  });

  it('offers the resize grip of the card selected alone before the card itself', () => {
    const box = layout.steps.find((candidate) => candidate.stepId === 'x')!;
    const edge = { x: box.x + box.width - 2, y: box.y + box.height / 2 };
    expect(at(edge).kind).toBe('step');
    expect(at(edge, 'x')).toMatchObject({ kind: 'resizeGrip', step: { stepId: 'x' } });
  });
});
