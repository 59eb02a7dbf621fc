import { describe, expect, it } from 'vitest';
import { addLane, deleteLane, moveLane, updateLane } from '../../../../shared/edit/lanes';
import type { LaneKind } from '../../../../shared/model/journeyMap';
import { claimMap, expectValid, frozen, lane, mapOf, step } from './editSupport';

const laneIds = (map: { lanes: readonly { id: string }[] }): string[] => map.lanes.map((l) => l.id);

describe('addLane', () => {
  it.each<[LaneKind, string[]]>([
    ['journey', ['cust', 'lane-1', 'friends', 'claims', 'repair']],
    ['context', ['cust', 'friends', 'lane-1', 'claims', 'repair']],
    ['process', ['cust', 'friends', 'claims', 'repair', 'lane-1']],
  ])('adds a %s lane as the last of its kind', (kind, order) => {
    const { map, laneId } = addLane(frozen(claimMap()), { kind, title: 'New' });
    expect(laneId).toBe('lane-1');
    expect(laneIds(map)).toEqual(order);
    expect(map.lanes.find((l) => l.id === laneId)).toEqual({ id: 'lane-1', kind, title: 'New' });
    expectValid(map);
  });

  it('puts a file whose lanes mix kinds into screen order', () => {
    const { map } = addLane(mapOf([lane('p', 'process'), lane('j', 'journey')]), { kind: 'context' });
    expect(laneIds(map)).toEqual(['j', 'lane-1', 'p']);
    expect(map.lanes[1]!.title).toBe('');
  });
});

describe('updateLane', () => {
  it('renames a lane and keeps its other fields', () => {
    const map = frozen(mapOf([lane('j', 'journey', { colour: 'teal' })]));
    expect(updateLane(map, 'j', { title: 'Policyholder' }).lanes[0]).toEqual({ id: 'j', kind: 'journey', title: 'Policyholder', colour: 'teal' });
  });

  it('moves a lane whose kind changes to the end of its new group, with its steps', () => {
    const map = frozen(claimMap());
    const result = updateLane(map, 'claims', { kind: 'journey' });
    expect(laneIds(result)).toEqual(['cust', 'claims', 'friends', 'repair']);
    expect(result.lanes[1]!.kind).toBe('journey');
    expect(result.steps).toBe(map.steps);
    expect(laneIds(updateLane(map, 'cust', { kind: 'process' }))).toEqual(['friends', 'claims', 'repair', 'cust']);
  });

  it('sets an owner; an empty one removes the field', () => {
    const map = frozen(mapOf([lane('j', 'journey'), lane('p', 'process')]));
    const named = updateLane(map, 'p', { owner: 'Head of claims' });
    expect(named.lanes).toEqual([lane('j', 'journey'), { ...lane('p', 'process'), owner: 'Head of claims' }]);
    expect(updateLane(named, 'p', { owner: '  ' }).lanes[1]).toEqual(lane('p', 'process'));
    expectValid(named);
  });

  it('returns the same map when nothing changes', () => {
    const map = mapOf([lane('j', 'journey'), lane('p', 'process', { owner: 'Ana' })]);
    expect(updateLane(map, 'j', { title: 'Lane j', kind: 'journey' })).toBe(map);
    expect(updateLane(map, 'p', { owner: 'Ana' })).toBe(map);
    expect(updateLane(map, 'j', { owner: '' })).toBe(map);
    expect(updateLane(map, 'p', { kind: 'robot' as LaneKind, title: 3 as unknown as string })).toBe(map);
    expect(updateLane(map, 'nope', { title: 'x' })).toBe(map);
  });
});

describe('moveLane', () => {
  const map = frozen(mapOf([lane('j1', 'journey'), lane('j2', 'journey'), lane('c', 'context'), lane('p1', 'process'), lane('p2', 'process'), lane('p3', 'process')]));

  it('reorders a lane within its kind', () => {
    expect(laneIds(moveLane(map, 'p3', 3))).toEqual(['j1', 'j2', 'c', 'p3', 'p1', 'p2']);
    expect(laneIds(moveLane(map, 'j1', 1))).toEqual(['j2', 'j1', 'c', 'p1', 'p2', 'p3']);
  });

  it('never moves a lane out of its kind', () => {
    expect(laneIds(moveLane(map, 'p2', 0))).toEqual(['j1', 'j2', 'c', 'p2', 'p1', 'p3']);
    expect(laneIds(moveLane(map, 'j1', 99))).toEqual(['j2', 'j1', 'c', 'p1', 'p2', 'p3']);
    expect(moveLane(map, 'c', 0)).toBe(map);
  });

  it('returns the same map when the lane stays or does not exist', () => {
    expect(moveLane(map, 'p2', 4)).toBe(map);
    expect(moveLane(map, 'nope', 0)).toBe(map);
    expect(moveLane(map, 'p2', Number.NaN)).toBe(map);
  });
});

describe('deleteLane', () => {
  it('deletes the lane and its steps', () => {
    const result = deleteLane(frozen(claimMap()), 'cust');
    expect(laneIds(result)).toEqual(['friends', 'claims', 'repair']);
    expect(result.steps.map((s) => s.id)).toEqual(['p1', 'p2']);
    expectValid(result);
  });

  it('returns the same map for an unknown lane', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', 0)]);
    expect(deleteLane(map, 'nope')).toBe(map);
  });
});
