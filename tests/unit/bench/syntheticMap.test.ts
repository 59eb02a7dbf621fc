import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../shared/analysis/coverage';
import { parse } from '../../../shared/format/parse';
import { serialise } from '../../../shared/format/serialise';
import { syntheticMap } from '../../bench/syntheticMap';

const gapKinds = (steps: number, seed?: number): Set<string> =>
  new Set(analyseCoverage(syntheticMap(steps, { seed })).lanes.flatMap((lane) => lane.gaps.map((gap) => gap.kind)));

describe('syntheticMap (benchmark data)', () => {
  it('makes a valid map that survives serialise → parse unchanged', () => {
    const map = syntheticMap(1_000);
    const text = serialise(map);
    const loaded = parse(text);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(loaded.value).toEqual(map);
    expect(serialise(loaded.value)).toBe(text);
  });

  it.each([0, 1, 7, 100, 1_000, 3_000])('has exactly the %i steps asked for', (steps) => {
    expect(syntheticMap(steps).steps).toHaveLength(steps);
  });

  it('has 8 lanes of all three kinds, non-overlapping cards per lane, spans of 1 to 3', () => {
    const map = syntheticMap(3_000);
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['context', 'journey', 'journey', 'process', 'process', 'process', 'process', 'process']);
    expect(new Set(map.steps.map((step) => step.span))).toEqual(new Set([1, 2, 3]));
    for (const lane of map.lanes) {
      const steps = map.steps.filter((step) => step.laneId === lane.id).sort((a, b) => a.column - b.column);
      expect(steps.length).toBeGreaterThan(0);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.column).toBeGreaterThanOrEqual(steps[i - 1]!.column + steps[i - 1]!.span);
    }
  });

  it('is deterministic: the same seed gives the same map, another seed another one', () => {
    expect(serialise(syntheticMap(2_000, { seed: 42 }))).toBe(serialise(syntheticMap(2_000, { seed: 42 })));
    expect(serialise(syntheticMap(2_000, { seed: 42 }))).not.toBe(serialise(syntheticMap(2_000, { seed: 43 })));
  });

  it('only reorders the steps with stepOrder', () => {
    const byId = (map: ReturnType<typeof syntheticMap>) => [...map.steps].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(syntheticMap(500, { stepOrder: 'lane' }))).toEqual(byId(syntheticMap(500, { stepOrder: 'shuffled' })));
    const columnOrder = syntheticMap(500, { stepOrder: 'column' }).steps;
    expect(columnOrder.map((step) => step.id)).toEqual(columnOrder.map((_, index) => `s${index + 1}`));
  });

  it.each([300, 1_000, 10_000])('analyses with before, between and after gaps and unanchored steps (%i steps)', (steps) => {
    expect(gapKinds(steps)).toEqual(new Set(['before', 'between', 'after']));
    expect(analyseCoverage(syntheticMap(steps)).unanchoredProcessStepIds.length).toBeGreaterThan(0);
  });

  it('has all three gap kinds for other seeds too', () => {
    for (const seed of [2, 3, 4, 5, 6, 7, 8, 9]) expect(gapKinds(300, seed)).toEqual(new Set(['before', 'between', 'after']));
  });
});
