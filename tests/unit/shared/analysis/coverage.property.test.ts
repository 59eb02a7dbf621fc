import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCoverage, type GapKind } from '../../../../shared/analysis/coverage';
import { lastColumnOf, type JourneyMap, type Step } from '../../../../shared/model/journeyMap';
import { arbitraryMap } from '../../support/arbitraries';

const shares = (a: Step, b: Step): boolean => a.column <= lastColumnOf(b) && b.column <= lastColumnOf(a);
const kindOf = (map: JourneyMap, step: Step) => map.lanes.find((lane) => lane.id === step.laneId)!.kind;
const ordered = (steps: Step[]): Step[] => [...steps].sort((a, b) => a.column - b.column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The definition in the README (How gaps are found), read literally and computed the slow way. */
function isCovered(map: JourneyMap, step: Step): boolean {
  return map.steps.some((other) => kindOf(map, other) === 'process' && shares(step, other));
}

const KIND_ORDER: Record<GapKind, number> = { before: 0, between: 1, after: 2, entire: 3 };

// Dense columns make overlaps, ties and adjacent runs common.
const maps = arbitraryMap({ maxSteps: 40, maxColumn: 12 });

describe('analyseCoverage, for arbitrary maps', () => {
  it('the gaps of a lane partition its uncovered steps, in column order, before → between → after', () => {
    fc.assert(
      fc.property(maps, (map) => {
        for (const lane of analyseCoverage(map).lanes) {
          const steps = ordered(map.steps.filter((step) => step.laneId === lane.laneId));
          const uncovered = steps.filter((step) => !isCovered(map, step)).map((step) => step.id);
          expect(lane.gaps.flatMap((gap) => gap.stepIds)).toEqual(uncovered);
          const kinds = lane.gaps.map((gap) => KIND_ORDER[gap.kind]);
          expect(kinds).toEqual([...kinds].sort());
          expect(lane.gaps.filter((gap) => gap.kind === 'before').length).toBeLessThanOrEqual(1);
          expect(lane.gaps.filter((gap) => gap.kind === 'after').length).toBeLessThanOrEqual(1);
          if (lane.gaps.some((gap) => gap.kind === 'entire')) expect(lane.gaps).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('each gap is a maximal run: covered steps stand between consecutive gaps', () => {
    fc.assert(
      fc.property(maps, (map) => {
        for (const lane of analyseCoverage(map).lanes) {
          const order = ordered(map.steps.filter((step) => step.laneId === lane.laneId)).map((step) => step.id);
          for (const gap of lane.gaps) {
            const start = order.indexOf(gap.stepIds[0]!);
            expect(order.slice(start, start + gap.stepIds.length)).toEqual(gap.stepIds);
          }
          for (let i = 1; i < lane.gaps.length; i++) {
            const end = order.indexOf(lane.gaps[i - 1]!.stepIds.at(-1)!);
            expect(order.indexOf(lane.gaps[i]!.stepIds[0]!)).toBeGreaterThan(end + 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('coverage equals covered / steps, and covered counts the steps a process step shares a column with', () => {
    fc.assert(
      fc.property(maps, (map) => {
        for (const lane of analyseCoverage(map).lanes) {
          const steps = map.steps.filter((step) => step.laneId === lane.laneId);
          expect(lane.steps).toBe(steps.length);
          expect(lane.covered).toBe(steps.filter((step) => isCovered(map, step)).length);
          expect(lane.coverage).toBe(steps.length === 0 ? null : Math.round((lane.covered / lane.steps) * 10_000) / 10_000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('unanchored process steps are exactly those sharing no column with a journey step, in file order', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const expected = map.steps
          .filter((step) => kindOf(map, step) === 'process')
          .filter((step) => !map.steps.some((other) => kindOf(map, other) === 'journey' && shares(step, other)))
          .map((step) => step.id);
        expect(analyseCoverage(map).unanchoredProcessStepIds).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a gap is accompanied by exactly the context steps within its columns', () => {
    fc.assert(
      fc.property(maps, (map) => {
        for (const lane of analyseCoverage(map).lanes) {
          for (const gap of lane.gaps) {
            const expected = ordered(
              map.steps.filter((step) => kindOf(map, step) === 'context' && step.column <= gap.toColumn && lastColumnOf(step) >= gap.fromColumn),
            ).map((step) => step.id);
            expect(gap.accompaniedBy).toEqual(expected);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
