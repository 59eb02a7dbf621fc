import { lastColumnOf, type Step } from '../model/journeyMap';

/** Which row each step of one lane goes in, and how many rows the lane needs. */
export interface StackedRows {
  readonly rowOf: ReadonlyMap<string, number>;
  readonly rowCount: number;
}

/**
 * Stacks a lane's steps so that cards sharing a column sit in different rows instead of on top of
 * each other. Greedy by column (ties by id, as the coverage analysis orders them): each step takes
 * the first row that is free from its column on, which is the fewest rows interval data allows.
 */
export function stackRows(steps: readonly Step[]): StackedRows {
  const ordered = [...steps].sort((a, b) => a.column - b.column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lastColumnOfRow: number[] = [];
  const rowOf = new Map<string, number>();
  for (const step of ordered) {
    let row = lastColumnOfRow.findIndex((last) => last < step.column);
    if (row < 0) row = lastColumnOfRow.length;
    lastColumnOfRow[row] = lastColumnOf(step);
    rowOf.set(step.id, row);
  }
  return { rowOf, rowCount: Math.max(1, lastColumnOfRow.length) };
}
