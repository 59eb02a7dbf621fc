/**
 * The least and the greatest of many numbers, without spreading them into one call: `Math.min(...a)`
 * fails on a list of a few hundred thousand (each element is an argument on the stack). Infinity
 * and -Infinity for an empty list, as Math.min() and Math.max() answer.
 */
export function leastOf<T>(items: readonly T[], value: (item: T) => number): number {
  let least = Infinity;
  for (const item of items) least = Math.min(least, value(item));
  return least;
}

export function greatestOf<T>(items: readonly T[], value: (item: T) => number): number {
  let greatest = -Infinity;
  for (const item of items) greatest = Math.max(greatest, value(item));
  return greatest;
}
