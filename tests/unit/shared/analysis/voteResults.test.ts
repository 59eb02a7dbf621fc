import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { dotsByGap, dotsByOpportunity, dotsByStep, tallied } from '../../../../shared/analysis/voteResults';
import { castDots, revealVote, startVote } from '../../../../shared/edit/votes';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { claimMap } from '../edit/editSupport';

// In the claim map, s1 is a gap of its own (before) and p1 covers s2 and s3; s4 is covered by p2.
function voted(reveal: boolean): JourneyMap {
  const base: JourneyMap = { ...claimMap(), steps: claimMap().steps.map((step) => (step.id === 's4' ? { ...step, column: 5 } : step)), opportunities: [{ id: 'o1', title: 'Storm alert', status: 'idea' }] };
  const { map, voteId } = startVote(base, { question: 'Where first?', dotsPerPerson: 5, people: 3 });
  let next = castDots(map, voteId, { kind: 'step', stepId: 's2' }, 2);
  next = castDots(next, voteId, { kind: 'gap', stepId: 's1' }, 3);
  next = castDots(next, voteId, { kind: 'opportunity', opportunityId: 'o1' }, 4);
  next = castDots(next, voteId, { kind: 'painPoint', stepId: 's2', index: 0 }, 1);
  next = castDots(next, voteId, { kind: 'gap', stepId: 's4' }, 2);
  return reveal ? revealVote(next, voteId) : next;
}

describe('a round’s result', () => {
  it('ranks the targets most dots first', () => {
    const map = voted(true);
    const result = tallied(map.votes![0]!, analyseCoverage(map));
    expect(result.map((entry) => [entry.target.kind, entry.count])).toEqual([
      ['opportunity', 4],
      ['gap', 3],
      ['step', 2],
      ['gap', 2],
      ['painPoint', 1],
    ]);
  });

  it('adds up the dots cast on one gap through different steps of it', () => {
    // p1 narrowed to column 2: s2 is no longer covered, so s1 and s2 are one gap; a dot cast through s2 is on it.
    const map = voted(true);
    const uncovered: JourneyMap = { ...map, steps: map.steps.map((step) => (step.id === 'p1' ? { ...step, column: 2, span: 1 } : step)) };
    const once = castDots({ ...uncovered, votes: [{ ...uncovered.votes![0]!, revealed: false }] }, uncovered.votes![0]!.id, { kind: 'gap', stepId: 's2' }, 1);
    const vote = { ...once.votes![0]!, revealed: true };
    const result = tallied(vote, analyseCoverage(once));
    expect(result.filter((entry) => entry.target.kind === 'gap')).toEqual([{ target: { kind: 'gap', stepId: 's1' }, count: 4 }, { target: { kind: 'gap', stepId: 's4' }, count: 2 }]);
    expect(dotsByGap({ ...once, votes: [vote] }, analyseCoverage(once)).get('s1')).toBe(4);
  });

  it('shows nothing on the cards and in the panels until the round is revealed', () => {
    const hidden = voted(false);
    expect(dotsByStep(hidden).size).toBe(0);
    expect(dotsByGap(hidden, analyseCoverage(hidden)).size).toBe(0);
    expect(dotsByOpportunity(hidden).size).toBe(0);
    const shown = voted(true);
    expect(dotsByStep(shown).get('s2')).toBe(3);
    expect(dotsByGap(shown, analyseCoverage(shown))).toEqual(new Map([['s1', 3], ['s4', 2]]));
    expect(dotsByOpportunity(shown).get('o1')).toBe(4);
  });
});
