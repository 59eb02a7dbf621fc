import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occupiedColumns } from '../../../../shared/analysis/occupiedColumns';
import { orderSteps } from '../../../../shared/analysis/orderSteps';
import type { Step } from '../../../../shared/model/journeyMap';

// Both have a fast path for the compact columns of real maps and a general one for sparse, huge
// column numbers. Shifting every column by a large offset changes no answer but forces the general
// path, so each property is checked on both.
const FAR = 10 ** 12;

const ranges = fc.array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 4 })), { maxLength: 30 });
const queries = fc.array(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 6 })), { minLength: 1, maxLength: 20 });

describe('occupiedColumns', () => {
  it.each([0, FAR])('answers like a plain scan of the ranges (offset %d)', (offset) => {
    fc.assert(
      fc.property(ranges, queries, (spans, asks) => {
        const firsts = spans.map(([first]) => first + offset);
        const lasts = spans.map(([first, extra]) => first + extra + offset);
        const columns = occupiedColumns(firsts, lasts);
        for (const [from, width] of asks) {
          const to = from + width;
          const expected = spans.some(([first, extra]) => first <= to && first + extra >= from);
          expect(columns.intersects(from + offset, to + offset)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty set', () => {
    expect(occupiedColumns([], []).intersects(0, 10)).toBe(false);
  });
});

describe('orderSteps', () => {
  const steps = fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), column: fc.nat({ max: 20 }) }), { maxLength: 40 });
  const byColumnThenId = (a: Step, b: Step): number => a.column - b.column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  it.each([0, FAR])('orders by column, ties by id (offset %d)', (offset) => {
    fc.assert(
      fc.property(steps, (specs) => {
        const input: Step[] = specs.map(({ id, column }) => ({ id, laneId: 'l', title: '', column: column + offset, span: 1 }));
        expect(orderSteps(input)).toEqual([...input].sort(byColumnThenId));
      }),
      { numRuns: 300 },
    );
  });
});
