import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/layout/wrapText';

// One unit per character, as a monospaced face would measure.
const mono = (text: string): number => Array.from(text).length;

describe('wrapText', () => {
  it('breaks at spaces, as many words per line as fit', () => {
    expect(wrapText('Storm damages the roof', 12, 3, mono)).toEqual(['Storm', 'damages the', 'roof']);
  });

  it('collapses runs of white space and gives no lines for blank text', () => {
    expect(wrapText('  Calls \n the   insurer ', 20, 2, mono)).toEqual(['Calls the insurer']);
    expect(wrapText(' \t ', 20, 2, mono)).toEqual([]);
  });

  it('breaks a word too long for a line inside the word', () => {
    expect(wrapText('Versicherungsbedingungen lesen', 10, 4, mono)).toEqual(['Versicheru', 'ngsbedingu', 'ngen lesen']);
  });

  it('ends the last line with an ellipsis when the text does not fit the lines', () => {
    expect(wrapText('Waits three weeks for the assessor to call back', 12, 2, mono)).toEqual(['Waits three', 'weeks for…']);
    expect(wrapText('Unbreakablewordthatgoeson', 5, 1, mono)).toEqual(['Unbr…']);
  });

  it('drops the space before the ellipsis', () => {
    expect(wrapText('ab cd ef', 4, 1, mono)).toEqual(['ab…']);
  });

  it('never cuts a character made of two code units in half', () => {
    expect(wrapText('😀😀😀', 2, 3, mono)).toEqual(['😀😀', '😀']);
  });

  it('gives no lines when no line is allowed', () => {
    expect(wrapText('Anything', 10, 0, mono)).toEqual([]);
  });

  it('measures with the given function, so proportional faces wrap by width', () => {
    const wideM = (text: string): number => Array.from(text).reduce((width, character) => width + (character === 'M' ? 3 : 1), 0);
    expect(wrapText('MM aa', 6, 2, wideM)).toEqual(['MM', 'aa']);
  });

  const words = fc.array(fc.stringMatching(/^[a-zA-Zé’—]{1,14}$/), { minLength: 1, maxLength: 16 });
  const charWidth = (character: string): number => (character === 'M' || character === 'W' ? 1.6 : character === 'i' ? 0.5 : 1);
  const proportional = (text: string): number => Array.from(text).reduce((width, character) => width + charWidth(character), 0);

  it('keeps every line within the width (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 5 }), (list, width, lines) => {
        const wrapped = wrapText(list.join(' '), width, lines, proportional);
        expect(wrapped.length).toBeLessThanOrEqual(lines);
        for (const line of wrapped) expect(proportional(line)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('loses no word, nor any character of one, when the text fits (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 3, max: 30 }), (list, width) => {
        const wrapped = wrapText(list.join(' '), width, 1000, proportional);
        expect(wrapped.at(-1)?.endsWith('…')).toBe(false);
        expect(wrapped.join('').replace(/ /g, '')).toBe(list.join(''));
        // Lines break between words where a word fits a line: every whole word that fits appears intact.
        for (const word of list) if (proportional(word) <= width) expect(wrapped.some((line) => line.split(' ').includes(word))).toBe(true);
      }),
    );
  });

  it('shows the start of the text, then "…", when it does not fit (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 3, max: 30 }), fc.integer({ min: 1, max: 3 }), (list, width, lines) => {
        const text = list.join(' ');
        const wrapped = wrapText(text, width, lines, proportional);
        const last = wrapped.at(-1) ?? '';
        if (!last.endsWith('…')) return;
        expect(wrapped).toHaveLength(lines);
        expect(list.join('').startsWith(wrapped.join('').slice(0, -1).replace(/ /g, ''))).toBe(true);
      }),
    );
  });
});
