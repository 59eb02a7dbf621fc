import { describe, expect, it } from 'vitest';
import { insertColumns } from '../../../../shared/edit/insertColumns';
import { claimMap, expectValid, frozen, lane, mapOf, placesOf, stage, stagesOf, step } from './editSupport';

describe('insertColumns', () => {
  it('moves what starts at or after the column right, and grows what straddles it', () => {
    const map = frozen(claimMap());
    const result = insertColumns(map, 2, 1);
    expect(placesOf(result)).toEqual({
      s1: 'cust 0..0',
      s2: 'cust 1..1',
      s3: 'cust 3..3',
      s4: 'cust 4..4',
      p1: 'claims 1..3',
      p2: 'repair 4..4',
    });
    expect(stagesOf(result)).toEqual({ buy: '1..3' });
    expectValid(result);
  });

  it('shifts a stage that starts at the column, and inserts several columns at once', () => {
    const result = insertColumns(claimMap(), 1, 3);
    expect(stagesOf(result)).toEqual({ buy: '4..5' });
    expect(placesOf(result)).toMatchObject({ s1: 'cust 0..0', s2: 'cust 4..4', p1: 'claims 4..5' });
  });

  it('keeps the objects it does not move, and every field of those it does', () => {
    const map = frozen(mapOf([lane('j', 'journey', { persona: 'Ana' })], [step('a', 'j', 0), step('b', 'j', 1, 1, { emotion: -2, notes: { x: [1] } })], [stage('st', 3, 4, { colour: 'red' })]));
    const result = insertColumns(map, 1, 2);
    expect(result.steps[0]).toBe(map.steps[0]);
    expect(result.steps[1]).toEqual({ ...map.steps[1], column: 3 });
    expect(result.stages[0]).toEqual({ ...map.stages[0], fromColumn: 5, toColumn: 6 });
    expect(result.lanes).toBe(map.lanes);
  });

  it('returns the same map when nothing reaches the column or the count is not positive', () => {
    const map = claimMap();
    expect(insertColumns(map, 10, 2)).toBe(map);
    expect(insertColumns(map, 0, 0)).toBe(map);
    expect(insertColumns(map, 0, -3)).toBe(map);
    expect(insertColumns(map, Number.NaN, 1)).toBe(map);
  });

  it('refuses a shift that would leave the range the file format holds', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', Number.MAX_SAFE_INTEGER)]);
    expect(insertColumns(map, 0, 1)).toBe(map);
  });
});
