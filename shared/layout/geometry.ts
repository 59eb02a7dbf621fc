import type { Rect } from './mapLayout';

/** A point in map coordinates (canvas pixels at 100 % zoom, origin at the map's top-left corner). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Whether two rectangles share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a point lies inside a rectangle (left and top edges in, right and bottom out). */
export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.width && point.y >= rect.y && point.y < rect.y + rect.height;
}

/** The rectangle spanned by two corners given in any order. */
export function rectBetween(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}
