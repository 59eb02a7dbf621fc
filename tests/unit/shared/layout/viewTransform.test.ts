import { describe, expect, it } from 'vitest';
import { LAYOUT_DIMENSIONS as D } from '../../../../shared/layout/dimensions';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { regionAt, scrollForZoom, scrollingEdges, toMap, toScreen, visibleMapArea, type CanvasView } from '../../../../shared/layout/viewTransform';

const layout = layoutMap({ id: 'm', title: 'M', stages: [], lanes: [{ id: 'j', kind: 'journey', title: 'J' }], steps: [] }, undefined, { minColumns: 20, showStageRow: true });

describe('the canvas view transform', () => {
  const view: CanvasView = { zoom: 2, scrollLeft: 500, scrollTop: 100, padding: 24 };

  it('maps screen and map points both ways', () => {
    const point = { x: 300, y: 120 };
    expect(toMap(view, toScreen(view, point))).toEqual(point);
    expect(toScreen(view, { x: 0, y: 0 })).toEqual({ x: -476, y: -76 });
  });

  it('reads the frozen header column and header rows in their own coordinates', () => {
    // Scrolled right and down: the header column sits at the left edge, the rows at the top edge.
    expect(regionAt(layout, view, { x: 10, y: 300 })).toEqual({ region: 'laneHeaders', at: { x: 5, y: 188 } });
    expect(regionAt(layout, view, { x: 800, y: 10 })).toEqual({ region: 'topRows', at: { x: 638, y: 5 } });
    expect(regionAt(layout, view, { x: 10, y: 10 }).region).toBe('corner');
    expect(regionAt(layout, view, { x: 800, y: 300 })).toEqual({ region: 'body', at: { x: 638, y: 188 } });
  });

  it('unscrolled, the frozen parts are where the map puts them', () => {
    const still: CanvasView = { zoom: 1, scrollLeft: 0, scrollTop: 0, padding: 24 };
    expect(regionAt(layout, still, { x: 24 + D.laneHeaderWidth + 1, y: 24 + D.stageHeaderHeight + D.columnAxisHeight + 1 }).region).toBe('body');
    expect(regionAt(layout, still, { x: 24 + D.laneHeaderWidth - 1, y: 200 }).region).toBe('laneHeaders');
  });

  it('knows the part of the map the viewport shows', () => {
    expect(visibleMapArea(view, 1000, 600, 10)).toEqual({ x: 228, y: 28, width: 520, height: 320 });
  });

  it('zooms around the pointer: the map point under it stays under it', () => {
    const anchor = { x: 400, y: 300 };
    const before = toMap(view, anchor);
    const scroll = scrollForZoom(view, 3, anchor);
    expect(toMap({ ...view, zoom: 3, ...scroll }, anchor)).toEqual(before);
  });
});

describe('the scrolling part of the viewport', () => {
  it('starts right of the frozen lane headers and below the frozen rows, wherever they sit', () => {
    const still: CanvasView = { zoom: 1, scrollLeft: 0, scrollTop: 0, padding: 24 };
    expect(scrollingEdges(layout, still, 1000, 600)).toEqual({ left: 24 + D.laneHeaderWidth, top: 24 + D.stageHeaderHeight + D.columnAxisHeight, right: 1000, bottom: 600 });
    const scrolled: CanvasView = { zoom: 2, scrollLeft: 500, scrollTop: 100, padding: 24 };
    expect(scrollingEdges(layout, scrolled, 1000, 600)).toEqual({ left: 2 * D.laneHeaderWidth, top: 2 * (D.stageHeaderHeight + D.columnAxisHeight), right: 1000, bottom: 600 });
  });
});
