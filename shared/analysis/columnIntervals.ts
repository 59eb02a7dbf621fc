import { lastColumnOf, type Step } from '../model/journeyMap';

/**
 * The set of columns occupied by some steps, kept as sorted, disjoint, inclusive intervals so that
 * "does this range share a column with any of them?" is a binary search.
 */
export class ColumnIntervals {
  private constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
  ) {}

  static of(steps: readonly Step[]): ColumnIntervals {
    const order = steps.map((step) => [step.column, lastColumnOf(step)] as const).sort((a, b) => a[0] - b[0]);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const [start, end] of order) {
      const last = ends.length - 1;
      // Touching intervals merge too: columns are whole numbers, so [0,1] and [2,3] leave no hole.
      if (last >= 0 && start <= ends[last]! + 1) ends[last] = Math.max(ends[last]!, end);
      else {
        starts.push(start);
        ends.push(end);
      }
    }
    return new ColumnIntervals(Float64Array.from(starts), Float64Array.from(ends));
  }

  /** Whether any column in `[from, to]` is occupied. */
  intersects(from: number, to: number): boolean {
    // The last interval starting at or before `to` is the only candidate: intervals are disjoint.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid]! <= to) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.ends[low - 1]! >= from;
  }
}
