import type { Step } from '../model/journeyMap';

const byId = (a: Step, b: Step): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byColumnThenId = (a: Step, b: Step): number => a.column - b.column || byId(a, b);

/**
 * The steps in column order, ties by id (docs/ARCHITECTURE.md, Coverage analysis). Real maps use few columns
 * per step, so they are placed by a counting sort over the columns, O(n + columns); a map with
 * sparse, huge column numbers falls back to a comparison sort. Returns the input when already in order.
 */
export function orderSteps(steps: readonly Step[]): readonly Step[] {
  const count = steps.length;
  let maxColumn = 0;
  let inOrder = true;
  for (let i = 0; i < count; i++) {
    const step = steps[i]!;
    if (step.column > maxColumn) maxColumn = step.column;
    if (inOrder && i > 0 && byColumnThenId(steps[i - 1]!, step) > 0) inOrder = false;
  }
  if (inOrder) return steps;
  if (maxColumn > 4 * count + 1024) return [...steps].sort(byColumnThenId);

  const firstOfColumn = new Uint32Array(maxColumn + 2);
  for (const step of steps) firstOfColumn[step.column + 1]!++;
  for (let column = 1; column < firstOfColumn.length; column++) firstOfColumn[column]! += firstOfColumn[column - 1]!;
  const ordered = Array.from<Step>({ length: count });
  const next = firstOfColumn.slice(0, maxColumn + 1);
  for (const step of steps) ordered[next[step.column]!++] = step;

  // Steps sharing a column are rare and few: sort each such run by id.
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && ordered[end]!.column === ordered[start]!.column) end++;
    if (end - start > 1) {
      const run = ordered.slice(start, end).sort(byId);
      for (let k = 0; k < run.length; k++) ordered[start + k] = run[k]!;
    }
    start = end;
  }
  return ordered;
}
