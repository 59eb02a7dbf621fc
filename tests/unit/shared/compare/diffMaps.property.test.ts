import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { diffMaps, isUnchanged } from '../../../../shared/compare/diffMaps';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';
import { arbitraryMap } from '../../support/arbitraries';

/** A map with one journey lane of single-column steps, each in its own column, and process lanes around it. */
const journeyWithProcesses = fc
  .record({
    journeyColumns: fc.uniqueArray(fc.nat({ max: 30 }), { minLength: 1, maxLength: 15 }),
    processSteps: fc.array(fc.record({ lane: fc.nat({ max: 1 }), column: fc.nat({ max: 30 }), span: fc.integer({ min: 1, max: 3 }) }), { maxLength: 8 }),
  })
  .map(({ journeyColumns, processSteps }): JourneyMap => {
    const lanes: Lane[] = [
      { id: 'cust', kind: 'journey', title: 'Customer' },
      { id: 'ops', kind: 'process', title: 'Operations' },
      { id: 'sales', kind: 'process', title: 'Sales' },
    ];
    const steps: Step[] = [
      ...journeyColumns.map((column, i) => ({ id: `c${i}`, laneId: 'cust', title: `Customer ${i}`, column, span: 1 })),
      ...processSteps.map((spec, i) => ({ id: `p${i}`, laneId: spec.lane === 0 ? 'ops' : 'sales', title: `Process ${i}`, column: spec.column, span: spec.span })),
    ];
    return { id: 'm', title: 'Generated', stages: [], lanes, steps };
  });

describe('diffMaps, properties', () => {
  it('a map compared with itself is unchanged', () => {
    fc.assert(
      fc.property(arbitraryMap({ withExtras: true }), (map) => {
        const diff = diffMaps(map, map);
        expect(isUnchanged(diff)).toBe(true);
        expect(diff.steps).toEqual({ added: [], removed: [], moved: [], changed: [] });
      }),
    );
  });

  it('a copy with fresh ids matches by lane and title and is unchanged', () => {
    fc.assert(
      fc.property(journeyWithProcesses, (map) => {
        const copy: JourneyMap = { ...map, steps: map.steps.map((step) => ({ ...step, id: `new-${step.id}` })) };
        expect(isUnchanged(diffMaps(map, copy))).toBe(true);
      }),
    );
  });

  it('closing a gap by adding a process step reports exactly that gap closed', () => {
    fc.assert(
      fc.property(journeyWithProcesses, fc.nat(), (map, pick) => {
        const gaps = analyseCoverage(map).lanes[0]!.gaps;
        fc.pre(gaps.length > 0);
        const gap = gaps[pick % gaps.length]!;
        const added: Step = { id: 'closing', laneId: 'ops', title: 'Calls the customer', column: gap.fromColumn, span: gap.toColumn - gap.fromColumn + 1 };
        const diff = diffMaps(map, { ...map, steps: [...map.steps, added] });
        const [lane] = diff.lanes;
        expect(lane!.gapsClosed).toEqual([{ kind: gap.kind, stepIds: gap.stepIds, fromColumn: gap.fromColumn, toColumn: gap.toColumn, severity: gap.severity }]);
        expect(lane!.gapsOpened).toEqual([]);
        expect(lane!.gapsChanged).toEqual([]);
        expect(diff.steps).toEqual({ added: ['closing'], removed: [], moved: [], changed: [] });
        expect(lane!.coverageAfter!).toBeGreaterThan(lane!.coverageBefore ?? 0);
      }),
    );
  });
});
