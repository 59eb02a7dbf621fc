import { frozenCorner, rectToScreen } from '../../shared/layout/viewTransform';
import { scrolledNow, type LiveCanvas } from './canvasView';

/** Room kept between a revealed card and the edge it was brought to. */
const MARGIN = 16;

/** How far to scroll along one axis so that [from, to] lies within [low, high]: the least that does it, the start first when it cannot all fit. */
function scrollNeeded(from: number, to: number, low: number, high: number): number {
  if (from < low) return from - low;
  if (to > high) return Math.min(to - high, from - low);
  return 0;
}

/**
 * Scrolls the least needed to bring the steps' cards wholly into view, right of the frozen lane
 * headers and below the frozen rows. It reads where the scroller is at this moment, not where the
 * last render left it, and scrolls to a place rather than by a distance: two reveals before the
 * canvas re-renders (the outline's and the selection's) land on the same place instead of twice as far.
 */
export function revealIn(scroller: HTMLElement, canvas: LiveCanvas | null, stepIds: readonly string[]): void {
  if (!canvas) return;
  const ids = new Set(stepIds);
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const box of canvas.layout.steps) {
    if (!ids.has(box.stepId)) continue;
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (left === Infinity) return;
  const view = scrolledNow(canvas.view, scroller);
  const shown = rectToScreen(view, { x: left, y: top, width: right - left, height: bottom - top });
  const corner = frozenCorner(canvas.layout, view);
  const dx = scrollNeeded(shown.x, shown.x + shown.width, corner.x + MARGIN, scroller.clientWidth - MARGIN);
  const dy = scrollNeeded(shown.y, shown.y + shown.height, corner.y + MARGIN, scroller.clientHeight - MARGIN);
  if (dx !== 0 || dy !== 0) scroller.scrollTo({ left: view.scrollLeft + dx, top: view.scrollTop + dy });
}
