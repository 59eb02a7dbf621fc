import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { describeCoverage } from '../../../../shared/words/describeCoverage';
import type { JourneyMap } from '../../../../shared/model/journeyMap';

const map: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'j', kind: 'journey', title: 'Home owner' },
    { id: 'p', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 'a', laneId: 'j', title: 'Storm', column: 0, span: 1, emotion: -2 },
    { id: 'b', laneId: 'j', title: 'Calls', column: 1, span: 1 },
    { id: 'c', laneId: 'j', title: 'Waits', column: 2, span: 1, emotion: -2, momentThatMatters: true },
    { id: 'd', laneId: 'j', title: 'Paid', column: 3, span: 1 },
    { id: 'x', laneId: 'p', title: 'Register', column: 1, span: 1 },
    { id: 'y', laneId: 'p', title: 'Pay out', column: 3, span: 1 },
  ],
};

describe('describeCoverage', () => {
  it("gives each gap its severity with one decimal, and keeps the lane's gaps in column order", () => {
    const lines = describeCoverage(map, analyseCoverage(map)).split('\n');
    expect(lines).toContain('  Before (column 1, 1 step, severity 3.0): Storm');
    expect(lines).toContain('  Between (column 3, 1 step, severity 6.0): Waits');
    expect(lines.findIndex((line) => line.includes('Before'))).toBeLessThan(lines.findIndex((line) => line.includes('Between')));
  });
});
