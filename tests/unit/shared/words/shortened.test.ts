import { describe, expect, it } from 'vitest';
import { QUOTE_LIMIT, shortened } from '../../../../shared/words/shortened';

describe('shortened', () => {
  it('leaves a short text as it is, on one line', () => {
    expect(shortened('Storm damages the roof')).toBe('Storm damages the roof');
    expect(shortened('two\nlines')).toBe('two lines');
  });

  it('cuts a long text at a word’s end with an ellipsis, never past the limit', () => {
    const text = 'Home insurance claim after the great storm of the century, as lived by the home owners of the whole coastal region';
    const cut = shortened(text);
    expect(cut.length).toBeLessThanOrEqual(QUOTE_LIMIT);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.at(-2)).not.toBe(' ');
  });

  it('cuts a word with no space in it where the limit falls', () => {
    const cut = shortened('x'.repeat(10_000_000));
    expect(cut).toBe(`${'x'.repeat(QUOTE_LIMIT - 1)}…`);
  });
});
