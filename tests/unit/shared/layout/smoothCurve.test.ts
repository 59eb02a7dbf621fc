import { describe, expect, it } from 'vitest';
import { smoothCurvePath } from '../../../../shared/layout/smoothCurve';

/** The y values of every point and control point of a path. */
const ys = (path: string): number[] => [...path.matchAll(/-?[\d.]+,(-?[\d.]+)/g)].map((match) => Number(match[1]));

describe('smoothCurvePath', () => {
  it('starts at the first point and ends at the last', () => {
    const path = smoothCurvePath([{ x: 0, y: 10 }, { x: 50, y: 30 }, { x: 100, y: 20 }]);
    expect(path.startsWith('M0,10 C')).toBe(true);
    expect(path.endsWith(' 100,20')).toBe(true);
    expect(path.match(/C/g)).toHaveLength(2);
  });

  it('never reaches beyond the highest and lowest point (no overshoot past +2 or −2)', () => {
    const values = [0, 100, 0, 100, 100, 0, 50, 100];
    const path = smoothCurvePath(values.map((y, index) => ({ x: index * 40, y })));
    for (const y of ys(path)) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(100);
    }
  });

  it('is a bare move for one point and empty for none', () => {
    expect(smoothCurvePath([{ x: 3, y: 4 }])).toBe('M3,4');
    expect(smoothCurvePath([])).toBe('');
  });
});
