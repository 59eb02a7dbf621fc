import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapSeverity, gapsBySeverity, stepWeight } from '../../../../shared/analysis/severity';
import type { StepDetails } from '../../../../shared/model/stepDetails';

/** The method fields severity reads, each recorded or not. */
const details: fc.Arbitrary<StepDetails> = fc.record(
  {
    emotion: fc.integer({ min: -2, max: 2 }),
    momentThatMatters: fc.boolean(),
    data: fc.record({ customersPerMonth: fc.nat({ max: 10_000_000 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
/** A gap's steps and the index of one of them. */
const gapAndStep = fc.array(details, { minLength: 1, maxLength: 12 }).chain((steps) => fc.tuple(fc.constant(steps), fc.nat({ max: steps.length - 1 })));

const withStep = (steps: readonly StepDetails[], index: number, change: Partial<StepDetails>): StepDetails[] =>
  steps.map((step, i) => (i === index ? { ...step, ...change } : step));

describe('stepWeight', () => {
  it.each<[string, StepDetails, number]>([
    ['a step with nothing recorded', {}, 1],
    ['a neutral step', { emotion: 0 }, 1],
    ['a happy step, no better than a neutral one', { emotion: 2 }, 1],
    ['an unhappy step', { emotion: -1 }, 2],
    ['a very unhappy step', { emotion: -2 }, 3],
    ['a moment that matters', { momentThatMatters: true }, 4],
    ['a step flagged as not a moment that matters', { momentThatMatters: false }, 1],
    ['a step 999 customers a month go through', { data: { customersPerMonth: 999 } }, 1.75],
    ['a step no customer goes through', { data: { customersPerMonth: 0 } }, 1],
    ['an unhappy moment that matters for 9 customers a month', { emotion: -1, momentThatMatters: true, data: { customersPerMonth: 9 } }, 6.25],
  ])('weighs %s at %f', (_, step, weight) => {
    expect(stepWeight(step)).toBeCloseTo(weight, 10);
  });
});

describe('gapSeverity', () => {
  it('sums the weights of the gap steps, to one decimal', () => {
    expect(gapSeverity([{}, { emotion: -2, data: { customersPerMonth: 99 } }])).toBe(5.5);
    expect(gapSeverity([{ emotion: -1, momentThatMatters: true, data: { customersPerMonth: 9 } }])).toBe(6.3);
    expect(gapSeverity([{ data: { customersPerMonth: 1 } }])).toBe(1.1);
    expect(gapSeverity([])).toBe(0);
  });

  it('ranks a gap holding a moment that matters above the same gap without it, whatever else its steps record', () => {
    fc.assert(
      fc.property(gapAndStep, ([steps, index]) => {
        const without = withStep(steps, index, { momentThatMatters: false });
        const flagged = withStep(steps, index, { momentThatMatters: true });
        expect(gapSeverity(flagged)).toBeGreaterThan(gapSeverity(without));
      }),
      { numRuns: 500 },
    );
  });

  it('ranks a moment that matters above the worst emotion at the same volume', () => {
    fc.assert(
      fc.property(gapAndStep, ([steps, index]) => {
        const plain = withStep(steps, index, { emotion: 0, momentThatMatters: false });
        const miserable = withStep(plain, index, { emotion: -2 });
        const moment = withStep(plain, index, { momentThatMatters: true });
        expect(gapSeverity(moment)).toBeGreaterThan(gapSeverity(miserable));
      }),
      { numRuns: 300 },
    );
  });

  it('never falls when a step feels worse, and rises when its emotion goes below neutral', () => {
    fc.assert(
      fc.property(gapAndStep, fc.integer({ min: -2, max: 2 }), ([steps, index], lower) => {
        const emotion = steps[index]!.emotion ?? 0;
        fc.pre(lower < emotion);
        const before = gapSeverity(steps);
        const after = gapSeverity(withStep(steps, index, { emotion: lower }));
        expect(after).toBeGreaterThanOrEqual(before);
        if (lower < 0) expect(after).toBeGreaterThan(before);
      }),
      { numRuns: 500 },
    );
  });

  it('never falls when more customers go through a step', () => {
    fc.assert(
      fc.property(gapAndStep, fc.nat({ max: 10_000_000 }), ([steps, index], more) => {
        const customers = steps[index]!.data?.customersPerMonth ?? 0;
        const after = withStep(steps, index, { data: { customersPerMonth: customers + more } });
        expect(gapSeverity(after)).toBeGreaterThanOrEqual(gapSeverity(steps));
      }),
      { numRuns: 500 },
    );
  });

  it('is at least the number of steps: every uncovered step counts', () => {
    fc.assert(
      fc.property(fc.array(details, { maxLength: 12 }), (steps) => {
        expect(gapSeverity(steps)).toBeGreaterThanOrEqual(steps.length);
      }),
    );
  });
});

describe('gapsBySeverity', () => {
  const gap = (fromColumn: number, severity: number) => ({ fromColumn, severity });

  it('lists the most severe gap first, equal severities in column order', () => {
    const gaps = [gap(0, 3), gap(4, 7.5), gap(8, 3), gap(12, 9)];
    expect(gapsBySeverity(gaps)).toEqual([gap(12, 9), gap(4, 7.5), gap(0, 3), gap(8, 3)]);
    expect(gaps.map((g) => g.fromColumn)).toEqual([0, 4, 8, 12]);
  });
});
