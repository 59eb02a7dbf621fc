import { describe, expect, it } from 'vitest';
import { hatchPath } from '../../../../shared/layout/hatchPath';

/** The segments of a path made of `M x y L x y` pieces. */
function segments(d: string): [number, number, number, number][] {
  return [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])]);
}

describe('hatchPath', () => {
  it('draws lines rising to the right on x + y = a multiple of the spacing, each from edge to edge of the box', () => {
    const box = { x: 100, y: 40, width: 60, height: 30 };
    const lines = segments(hatchPath(box, 10));
    // x + y runs over (140, 230): the multiples of 10 strictly inside are 150 … 220.
    expect(lines.map(([x, y]) => x + y)).toEqual([150, 160, 170, 180, 190, 200, 210, 220]);
    for (const [x1, y1, x2, y2] of lines) {
      expect(x1 + y1).toBeCloseTo(x2 + y2);
      expect(x2).toBeGreaterThan(x1);
      expect(y2).toBeLessThan(y1);
      for (const [x, y] of [[x1, y1], [x2, y2]] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x);
        expect(x).toBeLessThanOrEqual(box.x + box.width);
        expect(y).toBeGreaterThanOrEqual(box.y);
        expect(y).toBeLessThanOrEqual(box.y + box.height);
        // Every end lies on the box's edge.
        expect([x === box.x, x === box.x + box.width, y === box.y, y === box.y + box.height]).toContain(true);
      }
    }
  });

  it('continues the lines of a neighbouring box: the same lines meet at the shared edge', () => {
    const left = segments(hatchPath({ x: 0, y: 0, width: 50, height: 40 }, 14));
    const right = segments(hatchPath({ x: 50, y: 0, width: 50, height: 40 }, 14));
    const leavingLeft = left.filter(([, , x2]) => x2 === 50).map(([, , , y2]) => y2);
    const enteringRight = right.filter(([x1]) => x1 === 50).map(([, y1]) => y1);
    expect(leavingLeft.length).toBeGreaterThan(0);
    expect(enteringRight).toEqual(leavingLeft);
  });

  it('gives nothing for an empty box', () => {
    expect(hatchPath({ x: 10, y: 10, width: 0, height: 30 }, 10)).toBe('');
  });
});
