import { describe, expect, it } from 'vitest';
import { updateStepDetails } from '../../../../shared/edit/updateStepDetails';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { claimMap, expectValid, frozen } from './editSupport';

const stepOf = (map: JourneyMap, id: string): Step => map.steps.find((candidate) => candidate.id === id)!;
const s1 = { id: 's1', laneId: 'cust', title: 'Step s1', column: 0, span: 1 };

describe('updateStepDetails', () => {
  it('sets every field of a journey step, leaving the other steps as they were', () => {
    const map = frozen(claimMap());
    const result = updateStepDetails(map, 's1', {
      emotion: -2,
      momentThatMatters: true,
      painPoints: ['Waits on hold', 'Has to repeat the policy number'],
      channels: ['Phone', 'Web'],
      evidence: 'assumed',
      data: { customersPerMonth: 1200, duration: '2–3 days', satisfaction: 4 },
    });
    expect(stepOf(result, 's1')).toEqual({
      ...s1,
      emotion: -2,
      momentThatMatters: true,
      painPoints: ['Waits on hold', 'Has to repeat the policy number'],
      channels: ['Phone', 'Web'],
      evidence: 'assumed',
      data: { customersPerMonth: 1200, duration: '2–3 days', satisfaction: 4 },
    });
    expect(result.steps.slice(1)).toEqual(map.steps.slice(1));
    expect(result.steps[1]).toBe(map.steps[1]);
    expectValid(result);
  });

  it("sets a process step's owner, system and duration", () => {
    const result = updateStepDetails(frozen(claimMap()), 'p1', { owner: 'Claims handler', system: 'Guidewire', duration: '1 day' });
    expect(stepOf(result, 'p1')).toMatchObject({ owner: 'Claims handler', system: 'Guidewire', duration: '1 day' });
    expectValid(result);
  });

  it('removes each field emptied, so the file carries only what was filled in', () => {
    const filled = updateStepDetails(claimMap(), 's1', {
      emotion: 1,
      momentThatMatters: true,
      painPoints: ['Slow'],
      channels: ['App'],
      evidence: 'observed',
      data: { customersPerMonth: 10, duration: '5 min', satisfaction: 7 },
      owner: 'Team',
      system: 'CRM',
      duration: '1 h',
    });
    const emptied = updateStepDetails(frozen(filled), 's1', {
      emotion: null,
      momentThatMatters: false,
      painPoints: [],
      channels: [],
      evidence: null,
      data: { customersPerMonth: null, duration: '', satisfaction: null },
      owner: '',
      system: ' ',
      duration: '',
    });
    expect(stepOf(emptied, 's1')).toEqual(s1);
    expect(Object.keys(stepOf(emptied, 's1')).sort()).toEqual(['column', 'id', 'laneId', 'span', 'title']);
  });

  it('clears one figure and keeps the others, and the unknown fields of the figures', () => {
    const map = claimMap();
    const withData: JourneyMap = { ...map, steps: map.steps.map((step) => (step.id === 's1' ? { ...step, data: { customersPerMonth: 5, satisfaction: 8, source: 'survey' } as Step['data'] } : step)) };
    const result = updateStepDetails(frozen(withData), 's1', { data: { satisfaction: null } });
    expect(stepOf(result, 's1').data).toEqual({ customersPerMonth: 5, source: 'survey' });
  });

  it('drops blank pain points and blank or repeated channels', () => {
    const result = updateStepDetails(frozen(claimMap()), 's1', { painPoints: ['', 'Slow ', '  '], channels: [' Web', 'web', '', 'Chat bot'] });
    expect(stepOf(result, 's1').painPoints).toEqual(['Slow ']);
    expect(stepOf(result, 's1').channels).toEqual(['Web', 'Chat bot']);
  });

  it('ignores values the file format would refuse', () => {
    const map = frozen(claimMap());
    expect(updateStepDetails(map, 's1', { emotion: 3 })).toBe(map);
    expect(updateStepDetails(map, 's1', { emotion: 0.5 })).toBe(map);
    expect(updateStepDetails(map, 's1', { data: { satisfaction: 11 } })).toBe(map);
    expect(updateStepDetails(map, 's1', { data: { customersPerMonth: -1 } })).toBe(map);
    expect(updateStepDetails(map, 's1', { evidence: 'rumoured' as 'assumed' })).toBe(map);
  });

  it('returns the same map when nothing changes (no undo step) or the step does not exist', () => {
    const map = frozen(claimMap());
    expect(updateStepDetails(map, 's1', {})).toBe(map);
    expect(updateStepDetails(map, 's1', { emotion: null, momentThatMatters: false, painPoints: [''], channels: [], evidence: null, data: { duration: '' }, owner: '' })).toBe(map);
    expect(updateStepDetails(map, 'nope', { emotion: 1 })).toBe(map);
    const filled = updateStepDetails(map, 's1', { emotion: 0, painPoints: ['Slow'], channels: ['Web'], data: { satisfaction: 5 } });
    expect(updateStepDetails(filled, 's1', { emotion: 0, painPoints: ['Slow'], channels: ['Web'], data: { satisfaction: 5 } })).toBe(filled);
  });
});
