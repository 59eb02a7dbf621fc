import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { opportunitiesSection } from '../../../../../shared/report/sections/opportunitiesSection';
import { reportIndex } from '../../../../../shared/report/sections/reportIndex';

// A journey of three steps; the claims team meets only the first, so the last two are an after gap.
const MAP: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer' },
    { id: 'claims', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 'c1', laneId: 'cust', title: 'Calls', column: 0, span: 1 },
    { id: 'c2', laneId: 'cust', title: 'Waits', column: 1, span: 1 },
    { id: 'c3', laneId: 'cust', title: '', column: 2, span: 2 },
    { id: 'p1', laneId: 'claims', title: 'Answer', column: 0, span: 1 },
  ],
  opportunities: [
    { id: 'o1', title: 'Call back', description: 'Within a day', target: { kind: 'gap', stepId: 'c2' }, status: 'done', owner: 'Claims' },
    { id: 'o2', title: 'Lost', status: 'idea' },
    { id: 'o3', title: 'Greet', target: { kind: 'step', stepId: 'c1' }, status: 'planned', due: '2027-02-01' },
  ],
};

const rows = () => opportunitiesSection(MAP, reportIndex(MAP, analyseCoverage(MAP)));

describe('opportunitiesSection', () => {
  it('names a gap by its first and last steps and their columns, an untitled step by its id', () => {
    expect(rows()[0]).toEqual({
      id: 'o1',
      title: 'Call back',
      description: 'Within a day',
      target: 'After gap: Waits … c3 (columns 2–4)',
      owner: 'Claims',
      status: 'done',
      statusLabel: 'Done',
      due: '—',
    });
  });

  it('says when the target is gone, and gives a step target its column', () => {
    expect(rows().slice(1).map(({ target, statusLabel, due }) => ({ target, statusLabel, due }))).toEqual([
      { target: 'Target removed', statusLabel: 'Idea', due: '—' },
      { target: 'Step: Calls (column 1)', statusLabel: 'Planned', due: '1 February 2027' },
    ]);
  });
});
