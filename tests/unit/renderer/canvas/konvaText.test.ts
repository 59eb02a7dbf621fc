import { describe, expect, it } from 'vitest';
import { konvaFontStyle } from '../../../../renderer/canvas/konvaText';

describe('konvaFontStyle', () => {
  it('sets upright regular text normal, and names a slant and a heavier weight as Konva reads them', () => {
    expect(konvaFontStyle({ size: 14, weight: 400 })).toBe('normal');
    expect(konvaFontStyle({ size: 14, weight: 400, italic: true })).toBe('italic');
    expect(konvaFontStyle({ size: 9.5, weight: 600 })).toBe('600');
    expect(konvaFontStyle({ size: 9.5, weight: 600, italic: true })).toBe('italic 600');
  });
});
