import { PALETTE } from '../style/palette';
import type { DeckShape } from './deckShapes';
import { DECK_LINE, deckLines, linesHeight } from './deckText';
import { linesRuns, textBox } from './slides/slideFrame';

/** A title wrapped at one size, and whether it shows whole. */
interface Fitted {
  readonly size: number;
  readonly lines: readonly string[];
  readonly whole: boolean;
  /** How many of the title's characters it shows. */
  readonly shown: number;
}

/**
 * A journey step's box on the overview with its title, whole at the largest size (from `maxSize`
 * down to `minSize`) across the box or on its side reading upwards (across when the sizes are
 * equal), else whichever way shows more of it, shortened with "…". A word is never broken over two lines: a
 * column a few letters wide would otherwise read "sup / plier". A box too narrow for a line of the
 * smallest size keeps no title, which the detailed pages give.
 */
export function overviewStepTitle(title: string, x: number, y: number, w: number, h: number, sizes: { readonly minSize: number; readonly maxSize: number }): DeckShape[] {
  const box: DeckShape = { kind: 'rect', x: x + 1, y, w: w - 2, h, fill: PALETTE.cardFill, line: PALETTE.cardStroke, lineWidth: 0.5 };
  const across = fitted(title, w - 6, h - 4, sizes);
  const turned = fitted(title, h - 6, w - 4, sizes);
  const best = across?.whole && !(turned?.whole && turned.size > across.size) ? across : turned?.whole ? turned : [across, turned].reduce<Fitted | undefined>((more, next) => (next && next.shown > (more?.shown ?? 0) ? next : more), undefined);
  if (!best) return [box];
  const depth = linesHeight(best.lines.length, best.size);
  if (best === across) return [box, textBox(x + 3, y + 2, w - 6, Math.min(h - 4, depth + 2), linesRuns(best.lines), best.size)];
  // A turned box turns about its centre: lay it out unturned, centred on the step's box.
  return [box, textBox(x + w / 2 - (h - 6) / 2, y + h / 2 - depth / 2, h - 6, depth, linesRuns(best.lines), best.size, { rotate: 270 })];
}

// The largest size at which the title shows whole in lines of `length` stacked within `depth`;
// failing that, the size that shows the most of it with no word broken; nothing when none does.
function fitted(title: string, length: number, depth: number, { minSize, maxSize }: { readonly minSize: number; readonly maxSize: number }): Fitted | undefined {
  const words = title.split(/\s+/).filter(Boolean);
  let most: Fitted | undefined;
  for (let size = maxSize; size >= minSize; size -= 1) {
    const count = Math.floor(depth / (size * DECK_LINE));
    if (count < 1 || length < size) continue;
    const lines = deckLines(title, length, size, count);
    const clean = unbroken(lines, words);
    if (clean === 'whole') return { size, lines, whole: true, shown: title.length };
    const shown = lines.join('').replace(/…$/, '').length;
    if (clean === 'shortened' && shown > (most?.shown ?? 0)) most = { size, lines, whole: false, shown };
  }
  return most;
}

// Whether the lines hold the title's words in order with none broken over two lines: all of them
// ("whole"), the first ones with the last shown cut by "…" ("shortened"), or not ("broken").
function unbroken(lines: readonly string[], words: readonly string[]): 'whole' | 'shortened' | 'broken' {
  const last = lines.at(-1) ?? '';
  const cut = last.endsWith('…');
  const tokens = [...lines.slice(0, -1), cut ? last.slice(0, -1) : last].flatMap((line) => line.split(/\s+/).filter(Boolean));
  if (tokens.length === 0) return 'broken';
  for (let index = 0; index < tokens.length - 1; index++) if (tokens[index] !== words[index]) return 'broken';
  const end = tokens.at(-1)!;
  const word = words[tokens.length - 1] ?? '';
  if (!cut) return end === word && tokens.length === words.length ? 'whole' : 'broken';
  return word.startsWith(end) ? 'shortened' : 'broken';
}
