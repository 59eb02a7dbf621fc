import { describe, expect, it } from 'vitest';
import { analyseCoverage as analyse } from '../../../../shared/analysis/coverage';
import { journeyRegion } from '../../../../shared/layout/journeyRegion';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { scrollToCorner } from '../../../../shared/layout/viewTransform';
import type { JourneyMap } from '../../../../shared/model/journeyMap';

const map: JourneyMap = {
  id: 'm',
  title: 'Fit journey',
  stages: [],
  lanes: [
    { id: 'ctx', kind: 'context', title: 'Weather' },
    { id: 'j', kind: 'journey', title: 'Customer' },
    { id: 'p1', kind: 'process', title: 'Sales' },
    { id: 'p2', kind: 'process', title: 'Archive' },
  ],
  steps: [
    { id: 'w', laneId: 'ctx', title: 'Rain', column: 0, span: 1 },
    { id: 'a', laneId: 'j', title: 'Looks', column: 2, span: 1 },
    { id: 'b', laneId: 'j', title: 'Buys', column: 4, span: 2 },
    { id: 's', laneId: 'p1', title: 'Sells', column: 4, span: 1 },
    { id: 'x', laneId: 'p2', title: 'Archives', column: 8, span: 1 },
  ],
};

describe('the journey region fit journey shows', () => {
  const layout = layoutMap(map, analyse(map));
  const band = (laneId: string) => layout.lanes.find((lane) => lane.laneId === laneId)!;

  it('spans the journey steps’ columns, over the journey lane and the lanes with a step in that time', () => {
    const region = journeyRegion(map, layout)!;
    expect(region.x).toBe(layout.axis.x + 2 * layout.columnWidth);
    expect(region.width).toBe(4 * layout.columnWidth);
    // The context lane's rain falls before the journey and the archive after it: both left out.
    expect(region.y).toBe(band('j').y);
    expect(region.y + region.height).toBe(band('p1').y + band('p1').height);
  });

  it('is nothing without a journey step', () => {
    const noJourney = { ...map, steps: map.steps.filter((step) => step.laneId !== 'j') };
    expect(journeyRegion(noJourney, layoutMap(noJourney, analyse(noJourney)))).toBeNull();
  });

  it('is scrolled to right under the frozen rows and beside the frozen lane names', () => {
    const region = journeyRegion(map, layout)!;
    const zoom = 0.5;
    // The journey lane comes first, right under the rows: no scrolling down.
    expect(region.y).toBe(layout.axis.y + layout.axis.height);
    expect(scrollToCorner(layout, zoom, 24, region)).toEqual({ scrollLeft: 24 + (region.x - layout.axis.x) * zoom, scrollTop: 0 });
    const lower = { x: region.x, y: band('p1').y };
    expect(scrollToCorner(layout, zoom, 24, lower).scrollTop).toBe(24 + (lower.y - (layout.axis.y + layout.axis.height)) * zoom);
    expect(scrollToCorner(layout, zoom, 24, { x: 0, y: 0 })).toEqual({ scrollLeft: 0, scrollTop: 0 });
  });
});
