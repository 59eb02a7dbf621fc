/** How many characters of a user's text a message or a one-line label quotes at the most. */
export const QUOTE_LIMIT = 80;

/**
 * A text cut to at most `limit` characters with an ellipsis, at a word's end where one is near, so
 * that a message or a footer quoting a map's title, a file name or a pasted line stays one short line.
 */
export function shortened(text: string, limit: number = QUOTE_LIMIT): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= limit) return oneLine;
  const cut = oneLine.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
