/**
 * Items in a sentence: "A", "A and B", "A, B and C"; past `limit` the first ones and how many more
 * ("A, B and 4 more"), so that a sentence about a large map stays a sentence.
 */
export function listWords(items: readonly string[], limit: number = Number.POSITIVE_INFINITY): string {
  if (items.length > limit) {
    const shown = items.slice(0, Math.max(1, limit - 1));
    return `${shown.join(', ')} and ${items.length - shown.length} more`;
  }
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A title quoted in running text, so that it reads as a name: “Calls the insurer”. */
export function quoted(title: string): string {
  return `“${title}”`;
}

/** "1 step", "3 steps"; any noun with a regular plural. */
export function counted(count: number, noun: string, plural: string = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : plural}`;
}
