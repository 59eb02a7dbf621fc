import type { Rect } from './mapLayout';

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The diagonal hatching of a box as SVG path data, which the report's <path> and the canvas's
 * Konva Path both draw: lines rising to the right, each x + y = a multiple of `spacing` in map
 * space, so neighbouring boxes continue each other's lines. Plain lines cut at the box's edges
 * rather than a <pattern>: Chromium prints every use of a pattern as a pattern of its own, which
 * made printing a tiled map several times slower.
 */
export function hatchPath({ x, y, width, height }: Rect, spacing: number): string {
  const right = x + width;
  const bottom = y + height;
  const segments: string[] = [];
  for (let sum = Math.floor((x + y) / spacing + 1) * spacing; sum < right + bottom; sum += spacing) {
    // Where the line x + y = sum enters the box at the bottom or left edge and leaves it at the top or right one.
    const fromX = Math.max(x, sum - bottom);
    const toX = Math.min(right, sum - y);
    if (toX > fromX) segments.push(`M${round(fromX)} ${round(sum - fromX)}L${round(toX)} ${round(sum - toX)}`);
  }
  return segments.join('');
}
