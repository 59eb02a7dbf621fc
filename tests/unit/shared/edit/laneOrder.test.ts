import { describe, expect, it } from 'vitest';
import { inScreenOrder, isInScreenOrder, orderLanes } from '../../../../shared/edit/laneOrder';
import { layoutMap } from '../../../../shared/layout/layoutMap';
import { lane, mapOf } from './editSupport';

describe('orderLanes', () => {
  const mixed = mapOf([lane('p1', 'process'), lane('c1', 'context'), lane('j1', 'journey'), lane('p2', 'process'), lane('j2', 'journey')]);

  it('groups lanes in the order the layout draws them, keeping their order within a kind', () => {
    const ordered = orderLanes(mixed);
    expect(ordered.lanes.map((l) => l.id)).toEqual(layoutMap(mixed).lanes.map((band) => band.laneId));
    expect(ordered.lanes.map((l) => l.id)).toEqual(['j1', 'j2', 'c1', 'p1', 'p2']);
    expect(isInScreenOrder(ordered.lanes)).toBe(true);
    expect(isInScreenOrder(mixed.lanes)).toBe(false);
  });

  it('returns the same map and array when the lanes are in order already', () => {
    const ordered = orderLanes(mixed);
    expect(orderLanes(ordered)).toBe(ordered);
    expect(inScreenOrder(ordered.lanes)).toBe(ordered.lanes);
  });
});
