import { rectToScreen } from '../../shared/layout/viewTransform';
import type { LiveCanvas } from './canvasView';

/** Scrolls the least needed to bring the steps' cards into view, below the frozen headers. */
export function revealIn(scroller: HTMLElement, canvas: LiveCanvas | null, stepIds: readonly string[]): void {
  if (!canvas) return;
  const ids = new Set(stepIds);
  const boxes = canvas.layout.steps.filter((box) => ids.has(box.stepId));
  if (boxes.length === 0) return;
  const { view, layout } = canvas;
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  const shown = rectToScreen(view, { x: left, y: top, width: right - left, height: bottom - top });
  const margin = 16;
  const headerWidth = layout.axis.x * view.zoom;
  const headerHeight = (layout.axis.y + layout.axis.height) * view.zoom;
  let dx = 0;
  let dy = 0;
  if (shown.x < headerWidth + margin) dx = shown.x - headerWidth - margin;
  else if (shown.x + shown.width > scroller.clientWidth - margin) dx = Math.min(shown.x + shown.width - scroller.clientWidth + margin, shown.x - headerWidth - margin);
  if (shown.y < headerHeight + margin) dy = shown.y - headerHeight - margin;
  else if (shown.y + shown.height > scroller.clientHeight - margin) dy = Math.min(shown.y + shown.height - scroller.clientHeight + margin, shown.y - headerHeight - margin);
  if (dx !== 0 || dy !== 0) scroller.scrollBy({ left: dx, top: dy });
}
