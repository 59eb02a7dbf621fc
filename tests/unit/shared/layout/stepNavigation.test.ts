import { describe, expect, it } from 'vitest';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { firstStepWithin, neighbourStep, type NavigationDirection } from '../../../../shared/layout/stepNavigation';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: Lane['kind']): Lane => ({ id, kind, title: `Lane ${id}` });
const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
// Journey a b c d in columns 0..3; the context lane is empty; process p under column 3, q stacked
// under a two-column r in columns 1..2 (r row 0, q row 1).
const map: JourneyMap = {
  id: 'm',
  title: 'Map',
  stages: [],
  lanes: [lane('j', 'journey'), lane('ctx', 'context'), lane('p', 'process')],
  steps: [step('c', 'j', 2), step('a', 'j', 0), step('d', 'j', 3), step('b', 'j', 1), step('p1', 'p', 3), step('r', 'p', 1, 2), step('q', 'p', 2)],
};
const layout = layoutMap(map);
const box = (id: string) => layout.steps.find((candidate) => candidate.stepId === id)!;
const go = (from: string, direction: NavigationDirection) => neighbourStep(layout, box(from), direction)?.stepId ?? null;

describe('moving the selection with the arrow keys', () => {
  it('left and right walk a lane in column order, and stop at its ends', () => {
    expect(go('a', 'right')).toBe('b');
    expect(go('c', 'left')).toBe('b');
    expect(go('d', 'right')).toBeNull();
    expect(go('a', 'left')).toBeNull();
    // A stacked lane reads by column first: r (1), q (2), p1 (3).
    expect(go('r', 'right')).toBe('q');
    expect(go('q', 'right')).toBe('p1');
  });

  it('up and down go to the nearest card of the next row with cards, skipping an empty lane', () => {
    expect(go('d', 'down')).toBe('p1');
    expect(go('b', 'down')).toBe('r');
    expect(go('p1', 'up')).toBe('d');
    // Under r, the stacked second row of the same lane comes first.
    expect(go('r', 'down')).toBe('q');
    expect(go('q', 'up')).toBe('r');
    expect(go('q', 'down')).toBeNull();
    expect(go('a', 'up')).toBeNull();
  });

  it('prefers a card that shares columns, then the nearer one, then the one further left', () => {
    // r spans columns 1..2: b and c both sit over it; the nearer middle (equal here) goes left.
    expect(go('r', 'up')).toBe('b');
    // a shares no column with the process lane's first row: the nearest card is r.
    expect(go('a', 'down')).toBe('r');
  });

  it('with nothing selected, the first card in reading order that shows is taken', () => {
    const everything = { x: 0, y: 0, width: layout.width, height: layout.height };
    expect(firstStepWithin(layout, everything)?.stepId).toBe('a');
    const fromColumn2 = { x: D.laneHeaderWidth + 2 * D.columnWidth, y: 0, width: 2 * D.columnWidth, height: layout.height };
    expect(firstStepWithin(layout, fromColumn2)?.stepId).toBe('c');
    expect(firstStepWithin(layout, { x: 0, y: 0, width: 10, height: 10 })).toBeNull();
  });
});
