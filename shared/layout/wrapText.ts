/** How wide a piece of text is drawn, in the same units as the width it must fit. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`: at spaces where it can,
 * inside a word only when the word alone is too wide. When the text does not fit, the last line
 * ends in "…". A line is wider than `maxWidth` only when a single character (or the ellipsis)
 * already is: nothing narrower than one character can be drawn.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (maxLines < 1 || words.length === 0) return [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = measure(word) <= maxWidth ? [word] : breakWord(word, maxWidth, measure);
    for (const piece of pieces.slice(0, -1)) lines.push(piece);
    line = pieces.at(-1) ?? '';
    // Lines beyond the last one shown are never drawn: stop measuring once the text overflows.
    if (lines.length >= maxLines) return ellipsised(lines.slice(0, maxLines), maxWidth, measure);
  }
  lines.push(line);
  return lines;
}

// Pieces of a word too wide for a line, each as long as fits (at least one character, counted in
// code points so that no character is cut in half).
function breakWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  pieces.push(piece);
  return pieces;
}

// The last line shortened until the ellipsis fits after it; the text went on beyond it.
function ellipsised(lines: string[], maxWidth: number, measure: MeasureText): string[] {
  const characters = Array.from(lines.at(-1) ?? '');
  let last = characters.join('').trimEnd();
  while (characters.length > 0 && measure(last + ELLIPSIS) > maxWidth) {
    characters.pop();
    last = characters.join('').trimEnd();
  }
  return [...lines.slice(0, -1), last + ELLIPSIS];
}
