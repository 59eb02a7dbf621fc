import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { stepById } from '../../../../renderer/store/mapIndex';
import { isStepSelected, type Selection } from '../../../../renderer/store/sessionStore';

const map: JourneyMap = {
  id: 'm',
  title: '',
  stages: [],
  lanes: [{ id: 'j', kind: 'journey', title: 'J' }],
  steps: [
    { id: 'a', laneId: 'j', column: 0, span: 1, title: 'A' },
    { id: 'b', laneId: 'j', column: 1, span: 1, title: 'B' },
  ],
} as JourneyMap;

describe('stepById', () => {
  it('finds a step of the map, the same object each time, and nothing for an unknown id', () => {
    expect(stepById(map, 'b')).toBe(map.steps[1]);
    expect(stepById(map, 'b')).toBe(stepById(map, 'b'));
    expect(stepById(map, 'x')).toBeUndefined();
  });

  it('answers for the map it is given, not for an earlier one', () => {
    const next = { ...map, steps: [map.steps[0]!] };
    expect(stepById(map, 'b')).toBeDefined();
    expect(stepById(next, 'b')).toBeUndefined();
  });
});

describe('isStepSelected', () => {
  it('is false for selections that are not of steps', () => {
    expect(isStepSelected({ kind: 'none' }, 'a')).toBe(false);
    expect(isStepSelected({ kind: 'lane', laneId: 'a' }, 'a')).toBe(false);
  });

  it('answers for small and large selections alike', () => {
    const small: Selection = { kind: 'steps', stepIds: ['a', 'b'] };
    expect(isStepSelected(small, 'a')).toBe(true);
    expect(isStepSelected(small, 'c')).toBe(false);
    const large: Selection = { kind: 'steps', stepIds: Array.from({ length: 100 }, (_, i) => `s${i}`) };
    expect(isStepSelected(large, 's99')).toBe(true);
    expect(isStepSelected(large, 's100')).toBe(false);
  });
});
