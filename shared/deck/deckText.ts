import { wrapText } from '../layout/wrapText';
import { INTER_ADVANCES, INTER_CHARACTERS } from '../style/interWidths';

/** The deck's face; where a computer lacks it, the slide program puts its own sans-serif in its place. */
export const DECK_FONT = 'Inter';

/** Lines of the deck's text are this many times their size apart. */
export const DECK_LINE = 1.2;

const INDEX = new Map(Array.from(INTER_CHARACTERS).map((character, index) => [character, index]));
/** A character the table does not know counts as wide as an "m" less a little: rather too wide than too narrow. */
const UNKNOWN = 700;

/**
 * How wide `text` is set in Inter at `size` points, from the face's advance widths (no kerning, so
 * a little wider than drawn). Pure, so a deck is laid out alike in Node and in the page; Inter is
 * wider than the sans-serifs that stand in for it, so what fits in Inter fits in them.
 */
export function deckTextWidth(text: string, size: number, bold = false): number {
  const advances = INTER_ADVANCES[bold ? 600 : 400];
  let total = 0;
  for (const character of text) {
    const index = INDEX.get(character);
    total += index === undefined ? UNKNOWN : advances[index]!;
  }
  return (total / 1000) * size;
}

/** `text` wrapped into at most `maxLines` lines of `width` points, the last ending in "…" when it does not fit. */
export function deckLines(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  // A box's insets and the program's own rounding: keep a hair of room on every line.
  return wrapText(text, width * 0.97, maxLines, (piece) => deckTextWidth(piece, size, bold));
}

/** The height `lines` lines take at `size`. */
export function linesHeight(lines: number, size: number): number {
  return lines * size * DECK_LINE;
}
