import { describe, expect, it } from 'vitest';
import { newId, newIds } from '../../../../shared/edit/ids';
import { lane, mapOf, stage, step } from './editSupport';

describe('newId', () => {
  it('numbers on from the highest id of its kind', () => {
    const map = mapOf([lane('lane-2', 'journey')], [step('step-3', 'lane-2', 0), step('step-17', 'lane-2', 1), step('s', 'lane-2', 2)]);
    expect(newId(map, 'step')).toBe('step-18');
    expect(newId(map, 'lane')).toBe('lane-3');
    expect(newId(map, 'stage')).toBe('stage-1');
  });

  it('never reuses an id held by another kind of object, since ids are unique across the map', () => {
    const map = mapOf([lane('step-20', 'journey')], [step('step-4', 'step-20', 0)], [stage('step-30', 0, 1)]);
    expect(newId(map, 'step')).toBe('step-31');
  });

  it('stays exact past the numbers a double holds exactly', () => {
    const map = mapOf([lane('j', 'journey')], [step('step-99999999999999999999', 'j', 0)]);
    expect(newId(map, 'step')).toBe('step-100000000000000000000');
  });

  it('reads step-007 as 7', () => {
    expect(newId(mapOf([lane('j', 'journey')], [step('step-007', 'j', 0)]), 'step')).toBe('step-8');
  });
});

describe('newIds', () => {
  it('gives as many distinct fresh ids as asked, none for a count below one', () => {
    const map = mapOf([lane('j', 'journey')], [step('step-2', 'j', 0)]);
    expect(newIds(map, 'step', 3)).toEqual(['step-3', 'step-4', 'step-5']);
    expect(newIds(map, 'step', 0)).toEqual([]);
    expect(newIds(map, 'step', -2)).toEqual([]);
    expect(newIds(map, 'step', Number.NaN)).toEqual([]);
  });
});
