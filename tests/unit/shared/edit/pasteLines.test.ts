import { describe, expect, it } from 'vitest';
import { pastedLines, stepsFromLines } from '../../../../shared/edit/pasteLines';
import { claimMap, placesOf } from './editSupport';

describe('pasted lines', () => {
  it('are the lines that say something, without bullets, numbers or blank lines, in any line ending', () => {
    expect(pastedLines('- Notices the leak\r\n\r\n2. Calls a plumber\n• Claims  \r  ')).toEqual(['Notices the leak', 'Calls a plumber', 'Claims']);
    expect(pastedLines('   \n\t')).toEqual([]);
  });

  it('become one step each, column after column; on the journey later moments move right', () => {
    const { map, stepIds } = stepsFromLines(claimMap(), ['Finds the policy', 'Reads it twice'], { laneId: 'cust', column: 2 });
    expect(stepIds).toHaveLength(2);
    expect(stepIds.map((id) => map.steps.find((step) => step.id === id)!.title)).toEqual(['Finds the policy', 'Reads it twice']);
    const places = placesOf(map);
    expect(stepIds.map((id) => places[id])).toEqual(['cust 2..2', 'cust 3..3']);
    expect(places.s3).toBe('cust 4..4');
  });

  it('leave the map as it is for a lane that does not exist', () => {
    const map = claimMap();
    expect(stepsFromLines(map, ['x'], { laneId: 'nowhere', column: 0 })).toEqual({ map, stepIds: [] });
  });
});
