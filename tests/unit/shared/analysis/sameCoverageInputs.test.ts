import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { sameCoverageInputs } from '../../../../shared/analysis/sameCoverageInputs';
import { moveSteps, updateStep } from '../../../../shared/edit/steps';
import { updateStepDetails } from '../../../../shared/edit/updateStepDetails';
import { updateLane } from '../../../../shared/edit/lanes';
import { claimMap } from '../edit/editSupport';

describe('sameCoverageInputs', () => {
  const map = claimMap();

  it('says a title or a pain point typed into a step leaves the coverage as it was — and it does', () => {
    const typed = updateStepDetails(updateStep(map, 's2', { title: 'Something else' }), 's2', { painPoints: ['Waits'] });
    expect(sameCoverageInputs(map, typed)).toBe(true);
    expect(analyseCoverage(typed)).toEqual(analyseCoverage(map));
  });

  it('tells a move, an emotion, a moment that matters, customers per month or a lane title apart', () => {
    expect(sameCoverageInputs(map, moveSteps(map, ['p2'], { columnDelta: -1, laneDelta: 0 }))).toBe(false);
    expect(sameCoverageInputs(map, updateStepDetails(map, 's2', { emotion: -2 }))).toBe(false);
    expect(sameCoverageInputs(map, updateStepDetails(map, 's2', { momentThatMatters: true }))).toBe(false);
    expect(sameCoverageInputs(map, updateStepDetails(map, 's2', { data: { customersPerMonth: 40 } }))).toBe(false);
    expect(sameCoverageInputs(map, updateLane(map, 'cust', { title: 'Home owner' }))).toBe(false);
  });
});
