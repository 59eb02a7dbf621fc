import { describe, expect, it } from 'vitest';
import { diffJson, diffMaps, isUnchanged } from '../../../../shared/compare/diffMaps';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';

// Columns 0..9 of one journey lane; `covered` lists the columns the process lane occupies.
const claim = (covered: readonly number[], extra: Partial<Record<string, Partial<Step>>> = {}, drop: readonly string[] = []): JourneyMap => ({
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'claims', kind: 'process', title: 'Claims' },
  ],
  steps: [
    ...Array.from({ length: 10 }, (_, i): Step => ({ id: `c${i}`, laneId: 'cust', title: `Step ${i}`, column: i, span: 1, ...extra[`c${i}`] })),
    ...covered.map((column): Step => ({ id: `p${column}`, laneId: 'claims', title: `Handles ${column}`, column, span: 1, ...extra[`p${column}`] })),
  ].filter((step) => !drop.includes(step.id)),
});

const ids = (gap: { stepIds: readonly string[] }): readonly string[] => gap.stepIds;

describe('diffMaps', () => {
  it('reports coverage per journey lane before → after', () => {
    const [lane] = diffMaps(claim([2, 5]), claim([2, 3, 5])).lanes;
    expect(lane).toMatchObject({ laneId: 'cust', title: 'Customer', coverageBefore: 0.2, coverageAfter: 0.3 });
  });

  it('closes a gap whose steps are now accompanied, or gone', () => {
    // Before: gaps c0–c1 (before), c3–c4 (between), c6–c9 (after).
    const covered = diffMaps(claim([2, 5]), claim([2, 3, 4, 5]));
    expect(covered.lanes[0]!.gapsClosed.map(ids)).toEqual([['c3', 'c4']]);
    const gone = diffMaps(claim([2, 5]), claim([2, 5], {}, ['c3', 'c4']));
    expect(gone.lanes[0]!.gapsClosed.map(ids)).toEqual([['c3', 'c4']]);
    expect(gone.steps.removed).toEqual(['c3', 'c4']);
  });

  it('opens a gap whose steps were accompanied or are new', () => {
    const diff = diffMaps(claim([2, 3, 4, 5]), claim([2, 5]));
    expect(diff.lanes[0]!.gapsOpened.map(ids)).toEqual([['c3', 'c4']]);
    expect(diff.lanes[0]!.gapsOpened[0]).toMatchObject({ kind: 'between', severity: 2 });
    expect(diff.steps.removed).toEqual(['p3', 'p4']);
  });

  it('says how a gap that stays changed: shrunk, grown, split, merged, its severity', () => {
    const shrunk = diffMaps(claim([2, 5]), claim([2, 5, 9])).lanes[0]!.gapsChanged;
    expect(shrunk).toEqual([expect.objectContaining({ change: 'shrunk' })]);
    expect(ids(shrunk[0]!.before)).toEqual(['c6', 'c7', 'c8', 'c9']);
    expect(ids(shrunk[0]!.after)).toEqual(['c6', 'c7', 'c8']);
    expect(diffMaps(claim([2, 5, 9]), claim([2, 5])).lanes[0]!.gapsChanged.map((entry) => entry.change)).toEqual(['grown']);
    expect(diffMaps(claim([2, 5]), claim([2, 5, 7])).lanes[0]!.gapsChanged.map((entry) => entry.change)).toEqual(['split', 'split']);
    expect(diffMaps(claim([2, 5, 7]), claim([2, 5])).lanes[0]!.gapsChanged.map((entry) => entry.change)).toEqual(['merged', 'merged']);
    const sad = diffMaps(claim([2, 5]), claim([2, 5], { c3: { emotion: -2 } })).lanes[0]!.gapsChanged;
    expect(sad).toEqual([expect.objectContaining({ change: 'severity' })]);
    expect([sad[0]!.before.severity, sad[0]!.after.severity]).toEqual([2, 4]);
  });

  it('lists steps added, removed, moved and changed', () => {
    const after = claim([2, 5], { c1: { column: 11 }, c4: { title: 'Waits for a call' }, p5: { laneId: 'cust' } });
    const diff = diffMaps(claim([2, 5]), { ...after, steps: [...after.steps, { id: 'new', laneId: 'claims', title: 'New', column: 8, span: 1 }] });
    expect(diff.steps).toEqual({ added: ['new'], removed: [], moved: ['c1', 'p5'], changed: ['c4'] });
  });

  it('counts a detail as changed, but not the order its fields were written in', () => {
    const data = claim([2], { c1: { data: { customersPerMonth: 10, duration: '2 days' }, painPoints: ['Slow'] } });
    const reordered = claim([2], { c1: { painPoints: ['Slow'], data: { duration: '2 days', customersPerMonth: 10 } } });
    expect(diffMaps(data, reordered).steps.changed).toEqual([]);
    expect(diffMaps(data, claim([2], { c1: { data: { customersPerMonth: 11, duration: '2 days' }, painPoints: ['Slow'] } })).steps.changed).toEqual(['c1']);
    expect(diffMaps(data, claim([2], { c1: { data: { customersPerMonth: 10, duration: '2 days' }, painPoints: ['Slow', 'Rude'] } })).steps.changed).toEqual(['c1']);
    expect(diffMaps(data, claim([2], { c1: { data: { customersPerMonth: 10, duration: '2 days' }, painPoints: ['Slow'], span: 2 } })).steps.changed).toEqual(['c1']);
  });

  it('reports a journey lane only on one side with null coverage on the other', () => {
    const before = claim([2]);
    const after: JourneyMap = { ...before, lanes: [...before.lanes, { id: 'broker', kind: 'journey', title: 'Broker' }], steps: [...before.steps, { id: 'b1', laneId: 'broker', title: 'Advises', column: 0, span: 1 }] };
    const lanes = diffMaps(before, after).lanes;
    expect(lanes.map((lane) => [lane.laneId, lane.coverageBefore, lane.coverageAfter])).toEqual([['cust', 0.1, 0.1], ['broker', null, 0]]);
    expect(lanes[1]!.gapsOpened.map(ids)).toEqual([['b1']]);
    expect(diffMaps(after, before).lanes.map((lane) => [lane.laneId, lane.coverageAfter])).toEqual([['cust', 0.1], ['broker', null]]);
  });

  it('prints the JSON shape of the issue, and an unchanged map as unchanged', () => {
    const json = diffJson(diffMaps(claim([2, 5]), claim([2, 3, 4, 5])));
    expect(Object.keys(json)).toEqual(['lanes', 'steps']);
    expect(Object.keys(json.lanes[0]!)).toEqual(['laneId', 'title', 'coverageBefore', 'coverageAfter', 'gapsClosed', 'gapsOpened', 'gapsChanged']);
    expect(json.lanes[0]!.gapsClosed[0]).toEqual({ kind: 'between', stepIds: ['c3', 'c4'], fromColumn: 3, toColumn: 4, severity: 2 });
    expect(isUnchanged(diffMaps(claim([2]), claim([2])))).toBe(true);
    expect(isUnchanged(diffMaps(claim([2]), claim([3])))).toBe(false);
  });
});
