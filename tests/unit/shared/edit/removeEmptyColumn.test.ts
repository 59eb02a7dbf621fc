import { describe, expect, it } from 'vitest';
import { insertColumns } from '../../../../shared/edit/insertColumns';
import { removeEmptyColumn } from '../../../../shared/edit/removeEmptyColumn';
import { claimMap, placesOf, stagesOf } from './editSupport';

describe('removeEmptyColumn', () => {
  it('takes back an inserted column: steps and stages after it move left, a stage over it ends earlier', () => {
    const inserted = insertColumns(claimMap(), 2, 1);
    expect(placesOf(inserted).s3).toBe('cust 3..3');
    const closed = removeEmptyColumn(inserted, 2);
    expect(placesOf(closed)).toEqual(placesOf(claimMap()));
    expect(stagesOf(closed)).toEqual(stagesOf(claimMap()));
  });

  it('leaves a column in which a step starts', () => {
    const map = claimMap();
    expect(removeEmptyColumn(map, 0)).toBe(map);
    expect(removeEmptyColumn(map, 3)).toBe(map);
  });

  it('changes nothing past the last column', () => {
    const map = claimMap();
    expect(removeEmptyColumn(map, 40)).toBe(map);
  });
});
