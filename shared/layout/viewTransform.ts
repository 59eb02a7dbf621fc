import type { ScrollEdges } from './autoScroll';
import type { Point } from './geometry';
import type { MapLayout, Rect } from './mapLayout';

/**
 * How the map sits in the canvas viewport: zoomed, scrolled, and with a margin around it. The lane
 * header column and the stage and column rows are frozen: once scrolled past the margin they stay
 * at the viewport's left and top edge, so every card can be read against its lane and column.
 */
export interface CanvasView {
  readonly zoom: number;
  readonly scrollLeft: number;
  readonly scrollTop: number;
  /** The margin around the map, in screen pixels (not zoomed). */
  readonly padding: number;
}

/** Which part of the canvas a screen point is over. */
export type CanvasRegion = 'corner' | 'laneHeaders' | 'topRows' | 'body';

/** Where the map's origin is on screen for the scrolling body. */
export function bodyOrigin(view: CanvasView): Point {
  return { x: view.padding - view.scrollLeft, y: view.padding - view.scrollTop };
}

/** Where the map's origin is on screen for the frozen header column (x) and header rows (y). */
export function frozenOrigin(view: CanvasView): Point {
  return { x: Math.max(0, view.padding - view.scrollLeft), y: Math.max(0, view.padding - view.scrollTop) };
}

/** A map point of the scrolling body on screen. */
export function toScreen(view: CanvasView, point: Point): Point {
  const origin = bodyOrigin(view);
  return { x: origin.x + point.x * view.zoom, y: origin.y + point.y * view.zoom };
}

/** A map rectangle of the scrolling body on screen. */
export function rectToScreen(view: CanvasView, rect: Rect): Rect {
  const { x, y } = toScreen(view, rect);
  return { x, y, width: rect.width * view.zoom, height: rect.height * view.zoom };
}

/** A screen point as a point of the scrolling body of the map. */
export function toMap(view: CanvasView, point: Point): Point {
  const origin = bodyOrigin(view);
  return { x: (point.x - origin.x) / view.zoom, y: (point.y - origin.y) / view.zoom };
}

/**
 * Which region a screen point is over, and the map point it means there: over the frozen lane
 * headers x is read in the header column, over the frozen rows y is read in those rows.
 */
export function regionAt(layout: Pick<MapLayout, 'axis'>, view: CanvasView, point: Point): { readonly region: CanvasRegion; readonly at: Point } {
  const body = bodyOrigin(view);
  const frozen = frozenOrigin(view);
  const { x: headerRight, y: rowsBottom } = frozenCorner(layout, view);
  const inHeaders = point.x < headerRight;
  const inRows = point.y < rowsBottom;
  const x = ((inHeaders ? frozen.x : body.x) * -1 + point.x) / view.zoom;
  const y = ((inRows ? frozen.y : body.y) * -1 + point.y) / view.zoom;
  const region: CanvasRegion = inHeaders ? (inRows ? 'corner' : 'laneHeaders') : inRows ? 'topRows' : 'body';
  return { region, at: { x, y } };
}

/** The bottom-right corner of the frozen corner on screen: the right side of the lane header column, the bottom of the header rows. */
export function frozenCorner(layout: Pick<MapLayout, 'axis'>, view: CanvasView): Point {
  const frozen = frozenOrigin(view);
  return { x: frozen.x + layout.axis.x * view.zoom, y: frozen.y + (layout.axis.y + layout.axis.height) * view.zoom };
}

/** The edges of the part of a `width` × `height` viewport where the map scrolls: right of the frozen header column, below the frozen rows. */
export function scrollingEdges(layout: Pick<MapLayout, 'axis'>, view: CanvasView, width: number, height: number): ScrollEdges {
  const corner = frozenCorner(layout, view);
  return { left: corner.x, top: corner.y, right: width, bottom: height };
}

/** The part of the map a viewport of `width` × `height` screen pixels shows, widened by `margin` map pixels on every side. */
export function visibleMapArea(view: CanvasView, width: number, height: number, margin = 0): Rect {
  const topLeft = toMap(view, { x: 0, y: 0 });
  return { x: topLeft.x - margin, y: topLeft.y - margin, width: width / view.zoom + 2 * margin, height: height / view.zoom + 2 * margin };
}

/**
 * The scroll position that keeps the map point under `anchor` (a screen point) under it after
 * zooming to `zoom`: zooming around the pointer.
 */
export function scrollForZoom(view: CanvasView, zoom: number, anchor: Point): { readonly scrollLeft: number; readonly scrollTop: number } {
  const at = toMap(view, anchor);
  return { scrollLeft: view.padding + at.x * zoom - anchor.x, scrollTop: view.padding + at.y * zoom - anchor.y };
}

/**
 * The scroll position that shows the map point `corner` at the top-left of the scrolling body,
 * right under the frozen rows and right of the frozen header column: how "fit journey" lands the
 * first of its lanes under the stage row. A point inside the frozen part scrolls that axis home.
 */
export function scrollToCorner(layout: Pick<MapLayout, 'axis'>, zoom: number, padding: number, corner: Point): { readonly scrollLeft: number; readonly scrollTop: number } {
  const rowsBottom = layout.axis.y + layout.axis.height;
  return {
    scrollLeft: corner.x <= layout.axis.x ? 0 : padding + (corner.x - layout.axis.x) * zoom,
    scrollTop: corner.y <= rowsBottom ? 0 : padding + (corner.y - rowsBottom) * zoom,
  };
}
