import { armEdges, autoScrollVelocity, type EdgeArming, type ScrollAxes, type ScrollEdges } from '../../shared/layout/autoScroll';
import type { Point } from '../../shared/layout/geometry';
import { useCanvasStore } from './canvasStore';

/** Scrolls the canvas while a gesture's pointer rests near an edge. */
export interface AutoScroller {
  /** The pointer moved, in client (page viewport) pixels. */
  pointerAt(clientX: number, clientY: number): void;
  stop(): void;
}

// Longer frames (a tab in the background, a stall) scroll as if they were this long, so the view never leaps.
const LONGEST_FRAME_MS = 50;

/**
 * Drives the scroller with requestAnimationFrame while the gesture's pointer is in an edge zone of
 * the canvas viewport, and calls `scrolled` after each frame that moved the view, so the gesture
 * can hit test the pointer again: the map moves under a pointer that stands still. The canvas
 * store hears the new scroll position at once rather than at the next scroll event, so the
 * frozen headers, the cards and the gesture's overlay are painted in the same frame.
 */
export function startAutoScroll(scroller: HTMLElement, viewport: HTMLElement, edges: () => ScrollEdges, axes: ScrollAxes, scrolled: () => void): AutoScroller {
  let pointer: Point | null = null;
  let arming: EdgeArming | null = null;
  let frame = 0;
  let last = 0;
  // Scroll positions are whole or device pixels; the fractions of slow frames add up here.
  let carry = { x: 0, y: 0 };

  // Only a pointer over the canvas scrolls it: over a panel beside it (where a release cancels the
  // drag) the map stays where it is.
  const screenPoint = (): Point | null => {
    if (!pointer) return null;
    const bounds = viewport.getBoundingClientRect();
    if (pointer.x < bounds.left || pointer.x >= bounds.right || pointer.y < bounds.top || pointer.y >= bounds.bottom) return null;
    return { x: pointer.x - bounds.left, y: pointer.y - bounds.top };
  };
  const velocity = (): Point => {
    const at = screenPoint();
    return at && arming ? autoScrollVelocity(at, edges(), arming, axes) : { x: 0, y: 0 };
  };

  const tick = (time: number): void => {
    frame = 0;
    const speed = velocity();
    if (speed.x === 0 && speed.y === 0) return;
    const seconds = Math.min(LONGEST_FRAME_MS, last ? time - last : 16.7) / 1000;
    last = time;
    carry = { x: carry.x + speed.x * seconds, y: carry.y + speed.y * seconds };
    const by = { x: Math.trunc(carry.x), y: Math.trunc(carry.y) };
    if (by.x !== 0 || by.y !== 0) {
      const before = { left: scroller.scrollLeft, top: scroller.scrollTop };
      scroller.scrollLeft = before.left + by.x;
      scroller.scrollTop = before.top + by.y;
      carry = { x: carry.x - by.x, y: carry.y - by.y };
      if (scroller.scrollLeft !== before.left || scroller.scrollTop !== before.top) {
        useCanvasStore.setState({ scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop });
        scrolled();
      } else {
        // At the end of the map in that direction: nothing to gain, keep no remainder.
        carry = { x: 0, y: 0 };
      }
    }
    frame = requestAnimationFrame(tick);
  };

  return {
    pointerAt(clientX, clientY) {
      pointer = { x: clientX, y: clientY };
      const at = screenPoint();
      if (at) arming = armEdges(arming, at, edges());
      const speed = velocity();
      if ((speed.x !== 0 || speed.y !== 0) && frame === 0) {
        last = 0;
        frame = requestAnimationFrame(tick);
      }
    },
    stop() {
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      pointer = null;
    },
  };
}
