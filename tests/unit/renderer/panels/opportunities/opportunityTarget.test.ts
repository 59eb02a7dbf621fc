import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { formatDueDate } from '../../../../../renderer/panels/opportunities/dueDate';
import { targetStepIds, targetWords } from '../../../../../renderer/panels/opportunities/opportunityTarget';

const map: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'claims', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 's1', laneId: 'cust', title: 'Storm damages the roof', column: 0, span: 1 },
    { id: 's2', laneId: 'cust', title: 'Looks for the policy', column: 1, span: 1 },
    { id: 's3', laneId: 'cust', title: 'Calls the insurer', column: 2, span: 1 },
    { id: 'p1', laneId: 'claims', title: 'Register the claim', column: 2, span: 1 },
  ],
};
const analysis = analyseCoverage(map);

describe('what an opportunity acts on', () => {
  it('names a gap by its kind and first step, and selects all its steps', () => {
    expect(targetWords(map, analysis, { kind: 'gap', stepId: 's2' })).toBe('Gap · Before · Storm damages the roof…');
    expect(targetStepIds(map, analysis, { kind: 'gap', stepId: 's2' })).toEqual(['s1', 's2']);
  });

  it('says when the organisation now covers the gap\'s step, and shows that step', () => {
    expect(targetWords(map, analysis, { kind: 'gap', stepId: 's3' })).toBe('Gap · Calls the insurer · no longer a gap');
    expect(targetStepIds(map, analysis, { kind: 'gap', stepId: 's3' })).toEqual(['s3']);
  });

  it('names a step by its title, and a removed target as such', () => {
    expect(targetWords(map, analysis, { kind: 'step', stepId: 's3' })).toBe('Step · Calls the insurer');
    expect(targetWords(map, analysis, undefined)).toBe('Target removed');
    expect(targetStepIds(map, analysis, undefined)).toEqual([]);
  });

  it('writes due dates with the month in words', () => {
    expect(formatDueDate('2027-03-31')).toBe('31 Mar 2027');
    expect(formatDueDate('2027-13-01')).toBe('2027-13-01');
  });
});
