/** A point of a chart, in its drawing's units. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * An SVG path through the points (sorted by x) as a monotone cubic curve (Fritsch–Carlson): smooth,
 * yet it never bends above the highest or below the lowest of two neighbouring points, so an
 * emotion curve never shows a feeling beyond +2 or −2 that nobody recorded.
 */
export function smoothCurvePath(points: readonly ChartPoint[]): string {
  if (points.length === 0) return '';
  const start = `M${round(points[0]!.x)},${round(points[0]!.y)}`;
  if (points.length === 1) return start;

  const count = points.length;
  const slopes: number[] = [];
  for (let i = 0; i < count - 1; i++) {
    const dx = points[i + 1]!.x - points[i]!.x;
    slopes.push(dx === 0 ? 0 : (points[i + 1]!.y - points[i]!.y) / dx);
  }
  const tangents = points.map((_, i) => {
    if (i === 0) return slopes[0]!;
    if (i === count - 1) return slopes[count - 2]!;
    const before = slopes[i - 1]!;
    const after = slopes[i]!;
    // A local peak or valley is flat; elsewhere the harmonic mean keeps the curve monotone.
    return before * after <= 0 ? 0 : (2 * before * after) / (before + after);
  });

  let path = start;
  for (let i = 0; i < count - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const third = (to.x - from.x) / 3;
    path += ` C${round(from.x + third)},${round(from.y + tangents[i]! * third)} ${round(to.x - third)},${round(to.y - tangents[i + 1]! * third)} ${round(to.x)},${round(to.y)}`;
  }
  return path;
}
