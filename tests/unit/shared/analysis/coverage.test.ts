import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap, LaneKind, Step } from '../../../../shared/model/journeyMap';
import { examples, loaded } from '../../support/fixtures';

/** A map from compact lane specs: `[laneId, kind, [[stepId, column, span?], …]]`. */
function mapOf(...lanes: [string, LaneKind, [string, number, number?][]][]): JourneyMap {
  return {
    id: 'm',
    title: 'Test',
    stages: [],
    lanes: lanes.map(([id, kind]) => ({ id, kind, title: id.toUpperCase() })),
    steps: lanes.flatMap(([laneId, , steps]) => steps.map(([id, column, span = 1]) => ({ id, laneId, title: `Title ${id}`, column, span }))),
  };
}

describe('analyseCoverage', () => {
  it.each(examples())('gives the expected analysis of the example $name', ({ journey, expected }) => {
    expect(analyseCoverage(loaded(parse(journey)))).toMatchObject(expected as object);
  });

  it('finds before, between and after gaps around the covered steps', () => {
    const analysis = analyseCoverage(
      mapOf(['j', 'journey', [['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 4], ['f', 5], ['g', 6]]], ['p', 'process', [['x', 2], ['y', 4], ['z', 5]]]),
    );
    expect(analysis.lanes[0]).toEqual({
      laneId: 'j',
      title: 'J',
      steps: 7,
      covered: 3,
      coverage: 0.4286,
      gaps: [
        { kind: 'before', stepIds: ['a', 'b'], fromColumn: 0, toColumn: 1, accompaniedBy: [], severity: 2 },
        { kind: 'between', stepIds: ['d'], fromColumn: 3, toColumn: 3, accompaniedBy: [], severity: 1 },
        { kind: 'after', stepIds: ['g'], fromColumn: 6, toColumn: 6, accompaniedBy: [], severity: 1 },
      ],
    });
  });

  it('reports a lane nobody covers as one entire gap', () => {
    const analysis = analyseCoverage(mapOf(['j', 'journey', [['a', 3], ['b', 1]]], ['p', 'process', [['x', 9]]]));
    expect(analysis.lanes[0]!.gaps).toEqual([{ kind: 'entire', stepIds: ['b', 'a'], fromColumn: 1, toColumn: 3, accompaniedBy: [], severity: 2 }]);
    expect(analysis.lanes[0]!.coverage).toBe(0);
    expect(analysis.unanchoredProcessStepIds).toEqual(['x']);
  });

  it('gives a lane without steps no gaps and coverage null', () => {
    expect(analyseCoverage(mapOf(['j', 'journey', []])).lanes).toEqual([{ laneId: 'j', title: 'J', steps: 0, covered: 0, coverage: null, gaps: [] }]);
  });

  it('counts a step covered when a process step shares any one of its columns, through spans either way', () => {
    const analysis = analyseCoverage(mapOf(['j', 'journey', [['a', 0, 3], ['b', 5], ['c', 8]]], ['p', 'process', [['x', 2], ['y', 4, 2]]]));
    expect(analysis.lanes[0]!.covered).toBe(2);
    expect(analysis.lanes[0]!.gaps).toEqual([{ kind: 'after', stepIds: ['c'], fromColumn: 8, toColumn: 8, accompaniedBy: [], severity: 1 }]);
  });

  it('never lets a context lane cover, but names it as company in the gap', () => {
    const analysis = analyseCoverage(
      mapOf(['j', 'journey', [['a', 0], ['b', 1], ['c', 2]]], ['ctx', 'context', [['friend', 0], ['bank', 1, 3], ['later', 9]]], ['p', 'process', [['x', 2]]]),
    );
    expect(analysis.lanes[0]!.gaps).toEqual([{ kind: 'before', stepIds: ['a', 'b'], fromColumn: 0, toColumn: 1, accompaniedBy: ['friend', 'bank'], severity: 2 }]);
  });

  it('orders steps by column, ties by id, whatever their order in the file', () => {
    const analysis = analyseCoverage(mapOf(['j', 'journey', [['z', 1], ['b', 0], ['a', 1], ['c', 3]]], ['p', 'process', [['x', 3]]]));
    expect(analysis.lanes[0]!.gaps[0]!.stepIds).toEqual(['b', 'a', 'z']);
  });

  it('analyses each journey lane on its own, in lane order', () => {
    const analysis = analyseCoverage(mapOf(['j2', 'journey', [['a', 0]]], ['p', 'process', [['x', 1]]], ['j1', 'journey', [['b', 1]]]));
    expect(analysis.lanes.map((lane) => [lane.laneId, lane.coverage])).toEqual([
      ['j2', 0],
      ['j1', 1],
    ]);
  });

  it('lists process steps that share no column with any journey step, in file order', () => {
    const analysis = analyseCoverage(
      mapOf(['j', 'journey', [['a', 0], ['b', 5, 2]]], ['p', 'process', [['late', 9], ['x', 6], ['early', 2, 3], ['y', 3, 3]]], ['j2', 'journey', [['c', 12]]]),
    );
    expect(analysis.unanchoredProcessStepIds).toEqual(['late', 'early']);
  });

  it("scores each gap's severity from its own steps' emotion, moments that matter and customers", () => {
    const base = mapOf(['j', 'journey', [['a', 0], ['b', 1], ['c', 2], ['d', 3]]], ['p', 'process', [['x', 2]]]);
    const details: Record<string, Partial<Step>> = {
      a: { emotion: -2 },
      b: { momentThatMatters: true, data: { customersPerMonth: 999 } },
      c: { emotion: -2, momentThatMatters: true },
      d: { emotion: 1 },
    };
    const map = { ...base, steps: base.steps.map((step) => ({ ...step, ...details[step.id] })) };
    // a: 1 + 2 = 3; b: (1 + 3) × 1.75 = 7; c is covered and does not count; d: 1.
    expect(analyseCoverage(map).lanes[0]!.gaps.map((gap) => [gap.kind, gap.severity])).toEqual([
      ['before', 10],
      ['after', 1],
    ]);
  });

  it('rounds coverage to 4 decimals', () => {
    const analysis = analyseCoverage(mapOf(['j', 'journey', [['a', 0], ['b', 1], ['c', 2]]], ['p', 'process', [['x', 0]]]));
    expect(analysis.lanes[0]!.coverage).toBe(0.3333);
  });
});
