/** The set of columns occupied by some steps, answering "does this range share a column with it?". */
export interface OccupiedColumns {
  /** Whether any column in `[from, to]` is occupied. */
  intersects(from: number, to: number): boolean;
}

/**
 * The columns covered by the inclusive ranges `[firsts[i], lasts[i]]`. Real maps use a few columns
 * per step, so a prefix count over the columns answers in O(1) after O(n + columns) work; maps
 * with sparse, huge column numbers get sorted disjoint intervals and a binary search instead.
 */
export function occupiedColumns(firsts: readonly number[], lasts: readonly number[]): OccupiedColumns {
  let maxColumn = 0;
  for (const last of lasts) if (last > maxColumn) maxColumn = last;
  return maxColumn <= 4 * lasts.length + 1024 ? new DenseColumns(firsts, lasts, maxColumn) : SparseColumns.union(firsts, lasts);
}

class DenseColumns implements OccupiedColumns {
  /** `occupiedBefore[c]`: how many of the columns 0 … c-1 are occupied. */
  private readonly occupiedBefore: Uint32Array;

  constructor(firsts: readonly number[], lasts: readonly number[], maxColumn: number) {
    const depth = new Int32Array(maxColumn + 2);
    for (let i = 0; i < firsts.length; i++) {
      depth[firsts[i]!]!++;
      depth[lasts[i]! + 1]!--;
    }
    this.occupiedBefore = new Uint32Array(maxColumn + 2);
    let open = 0;
    for (let column = 0; column <= maxColumn; column++) {
      open += depth[column]!;
      this.occupiedBefore[column + 1] = this.occupiedBefore[column]! + (open > 0 ? 1 : 0);
    }
  }

  intersects(from: number, to: number): boolean {
    const last = this.occupiedBefore.length - 1;
    if (from > last - 1) return false;
    return this.occupiedBefore[Math.min(to, last - 1) + 1]! > this.occupiedBefore[from]!;
  }
}

class SparseColumns implements OccupiedColumns {
  private constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
  ) {}

  /**
   * The union of the ranges as sorted, disjoint, inclusive intervals. The union does not depend on
   * which end belongs to which start, so both are sorted on their own as typed arrays.
   */
  static union(firsts: readonly number[], lasts: readonly number[]): SparseColumns {
    const starts = Float64Array.from(firsts).sort();
    // Exclusive ends, so that touching ranges ([0,1] and [2,3]) merge: columns are whole numbers.
    const ends = Float64Array.from(lasts, (last) => last + 1).sort();
    const unionStarts: number[] = [];
    const unionEnds: number[] = [];
    let open = 0;
    let current = 0;
    for (let i = 0, j = 0; j < ends.length; ) {
      if (i < starts.length && starts[i]! <= ends[j]!) {
        if (open++ === 0) current = starts[i]!;
        i++;
      } else {
        if (--open === 0) {
          unionStarts.push(current);
          unionEnds.push(ends[j]! - 1);
        }
        j++;
      }
    }
    return new SparseColumns(Float64Array.from(unionStarts), Float64Array.from(unionEnds));
  }

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
