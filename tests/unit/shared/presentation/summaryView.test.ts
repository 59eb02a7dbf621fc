import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import type { Vote } from '../../../../shared/model/workshop';
import { summaryView } from '../../../../shared/presentation/summaryView';
import { homeInsurance } from '../../support/homeInsurance';

const HOME = homeInsurance();
const viewOf = (map: JourneyMap) => summaryView(map, analyseCoverage(map));

const vote = (id: string, revealed: boolean, question = `Question ${id}`): Vote => ({
  id,
  question,
  dotsPerPerson: 3,
  people: 3,
  revealed,
  dots: [
    { target: { kind: 'step', stepId: 'c5' }, count: 2 },
    { target: { kind: 'gap', stepId: 'c2' }, count: 5 },
    { target: { kind: 'opportunity', opportunityId: 'opportunity-1' }, count: 2 },
  ],
});

describe('the summary', () => {
  it('lists the gaps most severe first, by their first and last steps', () => {
    const { gaps, moreGaps } = viewOf(HOME);
    expect(gaps.map((gap) => [gap.words, gap.steps, gap.severity, gap.lane])).toEqual([
      ['Before · 3 steps', 'Storm damages the roof → Looks up the policy', '14.6', null],
      ['After · 3 steps', 'Finds a roofer → Renews or leaves', '7.0', null],
    ]);
    expect(moreGaps).toBe(0);
    // Ten thousand unhappy customers a month finding a roofer alone: that gap now comes first.
    const worse = { ...HOME, steps: HOME.steps.map((step) => (step.id === 'c8' ? { ...step, emotion: -2, momentThatMatters: true, data: { customersPerMonth: 10_000 } } : step)) };
    expect(viewOf(worse).gaps.map((gap) => gap.words)).toEqual(['After · 3 steps', 'Before · 3 steps']);
  });

  it('lists the opportunities not yet done, those in progress first', () => {
    const done = { ...HOME, opportunities: [...HOME.opportunities!, { id: 'o9', title: 'Done already', status: 'done' as const }] };
    expect(viewOf(done).opportunities.map((opportunity) => [opportunity.title, opportunity.status])).toEqual([
      ['Assessor visits booked in a two-hour slot', 'In progress'],
      ['First-hours guide sent with the storm warning', 'Planned'],
      ['Network of vetted roofers at agreed prices', 'Idea'],
    ]);
  });

  it('shows the result of revealed votes only, newest first, ranked by dots', () => {
    expect(viewOf(HOME).votes).toEqual([]);
    const voted = { ...HOME, votes: [vote('v1', true, 'Where first?'), vote('v2', false), vote('v3', true, 'And then?')] };
    const { votes } = viewOf(voted);
    expect(votes.map((entry) => entry.question)).toEqual(['And then?', 'Where first?']);
    expect(votes[0]!.ranked).toEqual([
      { label: 'Gap · Before · Makes the house safe', dots: 5 },
      { label: 'Waits for the assessor', dots: 2 },
      { label: 'Opportunity: First-hours guide sent with the storm warning', dots: 2 },
    ]);
  });

  it('says nothing of gaps on a map the organisation covers, or without a journey', () => {
    expect(viewOf({ id: 'm', title: '', stages: [], lanes: [], steps: [] })).toEqual({ gaps: [], moreGaps: 0, votes: [], opportunities: [], moreOpportunities: 0 });
  });
});
