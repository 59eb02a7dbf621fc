import { describe, expect, it } from 'vitest';
import { dotBadge, gapDotBadge } from '../../../../shared/layout/dotBadge';
import { GAP_STYLE } from '../../../../shared/layout/gapStyle';
import { PALETTE } from '../../../../shared/style/palette';
import type { MeasureStyledText } from '../../../../shared/style/textStyle';

const measure: MeasureStyledText = (text, style) => text.length * style.size * 0.5;

describe('a dot badge', () => {
  it('is a disc around a short count, a pill around a long one, its count in the middle', () => {
    const disc = dotBadge({ count: 7, own: false }, 10, 50, 'screen', measure);
    expect(disc).toMatchObject({ words: '7', x: 10, width: disc.height, cornerRadius: disc.height / 2, fill: PALETTE.vote });
    expect(disc.y + disc.height / 2).toBe(50);
    const pill = dotBadge({ count: 12345, own: false }, 10, 50, 'screen', measure);
    expect(pill.width).toBeGreaterThan(pill.height);
    expect(pill.text.x - pill.x).toBeCloseTo(pill.x + pill.width - pill.text.x - measure('12345', pill.text.style));
  });

  it('is hollow for the voter’s own dots', () => {
    const own = dotBadge({ count: 2, own: true }, 0, 0, 'print', measure);
    expect(own).toMatchObject({ fill: PALETTE.cardFill, stroke: PALETTE.vote });
    expect(own.text.fill).toBe(PALETTE.vote);
  });

  it('sits at the right end of a gap’s label strip, on its pill’s middle line', () => {
    const box = { x: 200, y: 100, width: 300, height: 24 };
    const badge = gapDotBadge({ count: 3, own: false }, box, 'screen', measure);
    const { label } = GAP_STYLE.screen;
    expect(badge.x + badge.width).toBe(box.x + box.width - 4);
    expect(badge.y + badge.height / 2).toBe(box.y + label.top + (box.height - label.shorter) / 2);
    expect(badge.text.x).toBeGreaterThan(badge.x);
    expect(badge.text.x).toBeLessThan(badge.x + badge.width);
  });
});
