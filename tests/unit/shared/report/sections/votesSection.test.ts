import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { reportIndex } from '../../../../../shared/report/sections/reportIndex';
import { votesSection } from '../../../../../shared/report/sections/votesSection';

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
    { id: 'c1', laneId: 'cust', title: 'Calls', column: 0, span: 1, painPoints: ['On hold for 40 minutes'] },
    { id: 'c2', laneId: 'cust', title: 'Waits', column: 1, span: 1 },
    { id: 'c3', laneId: 'cust', title: 'Gets paid', column: 2, span: 2 },
    { id: 'p1', laneId: 'claims', title: 'Answer', column: 0, span: 1 },
  ],
  opportunities: [{ id: 'o1', title: 'Call back within a day', status: 'idea' }],
  votes: [
    {
      id: 'v1',
      question: 'Where should we act first?',
      dotsPerPerson: 3,
      people: 3,
      revealed: true,
      dots: [
        { target: { kind: 'step', stepId: 'c1' }, count: 2 },
        { target: { kind: 'gap', stepId: 'c2' }, count: 3 },
        { target: { kind: 'gap', stepId: 'c3' }, count: 1 },
        { target: { kind: 'painPoint', stepId: 'c1', index: 0 }, count: 2 },
        { target: { kind: 'opportunity', opportunityId: 'o1' }, count: 1 },
      ],
    },
    { id: 'v2', question: 'Still hidden', dotsPerPerson: 1, people: 1, revealed: false, dots: [{ target: { kind: 'step', stepId: 'c2' }, count: 1 }] },
  ],
};

describe('votesSection', () => {
  it('lists each revealed round with its targets most dots first, equal counts sharing a rank, every target in words a reader understands', () => {
    const [vote, ...others] = votesSection(MAP, analyseCoverage(MAP), reportIndex(MAP, analyseCoverage(MAP)));
    expect(others).toEqual([]);
    expect(vote).toMatchObject({ voteId: 'v1', question: 'Where should we act first?', figures: '3 people, 3 dots each · 9 dots cast' });
    expect(vote!.rows).toEqual([
      { rank: 1, kind: 'Gap', what: 'After gap: Waits … Gets paid', where: 'Customer, columns 2–4', dots: 4 },
      { rank: 2, kind: 'Step', what: 'Calls', where: 'Customer, column 1', dots: 2 },
      { rank: 2, kind: 'Pain point', what: 'On hold for 40 minutes', where: 'Calls · Customer, column 1', dots: 2 },
      { rank: 4, kind: 'Opportunity', what: 'Call back within a day', where: '', dots: 1 },
    ]);
  });

  it('says when a gap voted for has since been covered', () => {
    const covered: JourneyMap = { ...MAP, steps: [...MAP.steps, { id: 'p2', laneId: 'claims', title: 'Pay', column: 1, span: 3 }] };
    const analysis = analyseCoverage(covered);
    const rows = votesSection(covered, analysis, reportIndex(covered, analysis))[0]!.rows;
    expect(rows.filter((row) => row.kind === 'Gap').map((row) => row.what)).toEqual(['At Waits, now covered', 'At Gets paid, now covered']);
  });
});
