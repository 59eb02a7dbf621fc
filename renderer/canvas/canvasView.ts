import type { MapLayout, Rect } from '../../shared/layout/mapLayout';
import type { CanvasView } from '../../shared/layout/viewTransform';

/** The canvas as pointer and keyboard handling need it at the moment of an event: its layout, and its view as scrolled now. */
export interface LiveCanvas {
  readonly layout: MapLayout;
  readonly view: CanvasView;
}

/** What the rest of the page (palette, automation API) needs to know about the canvas on screen now. */
export interface MountedCanvas {
  /** The element the canvas viewport is drawn in; screen coordinates are relative to its top-left corner. */
  readonly element: HTMLElement;
  /** The element whose scrollbars scroll the map. */
  readonly scroller: HTMLElement;
  readonly layout: MapLayout;
  readonly view: CanvasView;
}

let mounted: MountedCanvas | null = null;
let carried: ReadonlyMap<string, Rect> = new Map();

/** Called by the canvas whenever its layout or view changes; null when it unmounts. */
export function setMountedCanvas(canvas: MountedCanvas | null): void {
  mounted = canvas;
}

/**
 * The canvas on screen, or null when none is (the empty state). Its view is scrolled as the
 * scroller is now: a gesture that scrolls the map (auto-scroll at an edge) hit tests against the
 * new position before React has heard of it.
 */
export function mountedCanvas(): MountedCanvas | null {
  if (!mounted) return null;
  return { ...mounted, view: scrolledNow(mounted.view, mounted.scroller) };
}

/** A view with the scroll position its scroller has at this moment. */
export function scrolledNow(view: CanvasView, scroller: HTMLElement | null): CanvasView {
  if (!scroller || (scroller.scrollLeft === view.scrollLeft && scroller.scrollTop === view.scrollTop)) return view;
  return { ...view, scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop };
}

/**
 * Where the cards a drag carries are drawn right now, in map coordinates. Set on every pointer
 * move, outside React, so that a script asking where a card is during a drag gets the answer the
 * screen gives.
 */
export function setCarriedCards(cards: ReadonlyMap<string, Rect>): void {
  carried = cards;
}

export function carriedCards(): ReadonlyMap<string, Rect> {
  return carried;
}
