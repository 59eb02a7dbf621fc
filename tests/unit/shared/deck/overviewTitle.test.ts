import { describe, expect, it } from 'vitest';
import type { DeckShape, DeckText } from '../../../../shared/deck/deckShapes';
import { overviewStepTitle } from '../../../../shared/deck/overviewTitle';
import { template } from '../../support/templates';

const SIZES = { minSize: 10, maxSize: 14 } as const;
const textOf = (shapes: readonly DeckShape[]): DeckText | undefined => shapes.find((shape): shape is DeckText => shape.kind === 'text');
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The box's lines hold the title's first words in order, none broken over two lines; the last may be cut by "…". */
function expectWholeWords(text: DeckText, title: string): void {
  const lines = text.runs.map((run) => run.text);
  const last = lines.at(-1)!;
  const shown = words([...lines.slice(0, -1), last.replace(/…$/, '')].join(' '));
  const expected = words(title);
  shown.slice(0, -1).forEach((word, index) => expect(word, lines.join(' / ')).toBe(expected[index]));
  if (last.endsWith('…')) expect(expected[shown.length - 1]!.startsWith(shown.at(-1)!), lines.join(' / ')).toBe(true);
  else expect(shown, lines.join(' / ')).toEqual(expected);
}

describe("a step's title on the overview", () => {
  it('runs across a wide box at the largest size', () => {
    const text = textOf(overviewStepTitle('Calls the insurer', 0, 0, 120, 80, SIZES))!;
    expect(text).toMatchObject({ size: 14, runs: [{ text: 'Calls the insurer' }] });
    expect(text.rotate).toBeUndefined();
  });

  it('turns on its side in a narrow column rather than break its words', () => {
    const text = textOf(overviewStepTitle('Notices the old supplier slipping', 0, 0, 32, 160, SIZES))!;
    expect(text.rotate).toBe(270);
    expect(text.runs.map((run) => run.text).join(' ')).toBe('Notices the old supplier slipping');
  });

  it('keeps the box alone when not even a line of the smallest size fits', () => {
    expect(overviewStepTitle('Calls the insurer', 0, 0, 8, 160, SIZES)).toEqual([expect.objectContaining({ kind: 'rect' })]);
  });

  it('never sets a title outside its sizes nor breaks a word, in boxes of any shape', () => {
    const titles = template('b2b-services').steps.map((step) => step.title);
    for (const title of titles) {
      for (const width of [14, 24, 32, 48, 64, 90, 140]) {
        for (const height of [30, 60, 110, 160]) {
          const text = textOf(overviewStepTitle(title, 0, 0, width, height, SIZES));
          if (!text) continue;
          expect(text.size).toBeGreaterThanOrEqual(SIZES.minSize);
          expect(text.size).toBeLessThanOrEqual(SIZES.maxSize);
          expectWholeWords(text, title);
        }
      }
    }
  });
});
