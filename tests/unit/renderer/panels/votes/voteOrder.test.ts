import { describe, expect, it } from 'vitest';
import { byDots } from '../../../../../renderer/panels/votes/voteOrder';

describe('byDots', () => {
  it('lists the most dots first, equal counts in the order given, and leaves the list it was given as it was', () => {
    const given = ['a', 'b', 'c', 'd'];
    const dots: Record<string, number> = { a: 1, b: 3, c: 0, d: 3 };
    expect(byDots(given, (item) => dots[item]!)).toEqual(['b', 'd', 'a', 'c']);
    expect(given).toEqual(['a', 'b', 'c', 'd']);
  });
});
