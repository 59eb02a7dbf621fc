import type { Point } from './geometry';

/**
 * The edges of the scrolling part of a viewport, in screen pixels relative to the viewport's
 * top-left corner. On the canvas the frozen lane header column and header rows are outside it:
 * `left` is the right side of the header column and `top` the bottom of the header rows.
 */
export interface ScrollEdges {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Which directions a gesture may scroll in: a lane only moves up and down, a stage edge only sideways. */
export interface ScrollAxes {
  readonly x: boolean;
  readonly y: boolean;
}

/** How near an edge, in screen pixels, the pointer starts the view scrolling. */
export const AUTO_SCROLL_ZONE = 40;

/** Speeds in screen pixels per second: entering the zone, at the edge itself, and the most beyond it. */
const SPEED_AT_ZONE = 90;
const SPEED_AT_EDGE = 900;
const SPEED_MOST = 2400;
/** How far past the edge the pointer must go to reach the greatest speed. */
const BEYOND_RAMP = 160;

/**
 * How fast the view scrolls towards an edge, in screen pixels per second, for a pointer
 * `distance` pixels inside that edge (negative beyond it). Nothing outside the zone; inside it the
 * speed grows with the square of the depth, so the first pixels give a slow, precise crawl; past
 * the edge (over the frozen headers, or out of the window) it keeps growing to a cap.
 */
export function edgeSpeed(distance: number, zone: number = AUTO_SCROLL_ZONE): number {
  if (!(distance < zone)) return 0;
  const depth = zone - distance;
  if (depth <= zone) {
    const share = depth / zone;
    return SPEED_AT_ZONE + (SPEED_AT_EDGE - SPEED_AT_ZONE) * share * share;
  }
  return SPEED_AT_EDGE + (SPEED_MOST - SPEED_AT_EDGE) * Math.min(1, (depth - zone) / BEYOND_RAMP);
}

/** Which of the four edges may scroll the view now (see `armEdges`). */
export interface EdgeArming {
  readonly left: boolean;
  readonly top: boolean;
  readonly right: boolean;
  readonly bottom: boolean;
  /** How far inside each edge the pointer was when the gesture began. */
  readonly start: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
}

/** How far inside each edge a point is (negative beyond it). */
function distances(point: Point, edges: ScrollEdges): EdgeArming['start'] {
  return { left: point.x - edges.left, top: point.y - edges.top, right: edges.right - point.x, bottom: edges.bottom - point.y };
}

/** Pixels a pointer that began in an edge's zone must move towards that edge before it scrolls. */
const ARMING_TRAVEL = 8;

/**
 * Arms the edges for a gesture's pointer. A gesture that begins in an edge's zone (the palette
 * chip sits over the frozen corner; a card may be pressed close to the window's right side) does
 * not scroll that way at once: the edge arms once the pointer has been outside its zone, or has
 * moved a few pixels further towards it. Pass null on the gesture's first point.
 */
export function armEdges(previous: EdgeArming | null, point: Point, edges: ScrollEdges, zone: number = AUTO_SCROLL_ZONE): EdgeArming {
  const now = distances(point, edges);
  const start = previous?.start ?? now;
  const armed = (edge: keyof EdgeArming['start']): boolean =>
    (previous?.[edge] ?? false) || now[edge] >= zone || start[edge] - now[edge] >= ARMING_TRAVEL;
  return { left: armed('left'), top: armed('top'), right: armed('right'), bottom: armed('bottom'), start };
}

/**
 * The scroll velocity for a pointer, in screen pixels per second (negative: towards the left or
 * the top). Only armed edges and allowed axes count; when the pointer is in the zones of two
 * opposite edges (a tiny viewport) the nearer one wins.
 */
export function autoScrollVelocity(point: Point, edges: ScrollEdges, arming: EdgeArming, axes: ScrollAxes, zone: number = AUTO_SCROLL_ZONE): Point {
  const d = distances(point, edges);
  const along = (lowArmed: boolean, low: number, highArmed: boolean, high: number): number => {
    const back = lowArmed ? edgeSpeed(low, zone) : 0;
    const forth = highArmed ? edgeSpeed(high, zone) : 0;
    if (back > 0 && forth > 0) return low < high ? -back : forth;
    return forth - back;
  };
  return {
    x: axes.x ? along(arming.left, d.left, arming.right, d.right) : 0,
    y: axes.y ? along(arming.top, d.top, arming.bottom, d.bottom) : 0,
  };
}
