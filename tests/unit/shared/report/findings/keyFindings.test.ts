import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import type { KeyFinding } from '../../../../../shared/report/findings/keyFinding';
import { reportContent } from '../../../../../shared/report/reportContent';
import { template } from '../../../support/templates';

const findingsOf = (map: JourneyMap): readonly KeyFinding[] => reportContent(map, analyseCoverage(map), '2026-11-22').findings;
const sentences = (finding: KeyFinding | undefined): string => (finding ? [finding.headline, ...finding.details].join(' ') : '');

describe('key findings of the home-insurance example', () => {
  const findings = findingsOf(template('home-insurance-claim'));

  it('lists coverage, the severe gaps, moments that matter, inside-out work and open opportunities, in that order', () => {
    expect(findings.map((finding) => finding.label)).toEqual(['Coverage', 'Most severe gap', 'Second most severe gap', 'Moments that matter', 'Inside-out work', 'Open opportunities']);
  });

  it('says the share accompanied and the longest stretch alone, with the time recorded for it', () => {
    expect(findings[0]).toMatchObject({ figure: '40\u00a0%', headline: 'The organisation accompanies the customer on 4 of the 10 steps of the journey (40\u00a0%).' });
    // Before and after are both three steps long: the after gap's recorded time (2–3 weeks) is the longer.
    expect(findings[0]!.details).toEqual([
      'The longest stretch the customer spends without it comes after the organisation’s last contact: 3 steps, from “Finds a roofer” to “Renews or leaves”, at least 2 weeks (the time is recorded for 1 of its 3 steps).',
    ]);
  });

  it('names the most severe gap, who is there and why it weighs, in words', () => {
    expect(findings[1]).toEqual({
      topic: 'gap',
      label: 'Most severe gap',
      figure: '14.6',
      headline: '“Storm damages the roof” to “Looks up the policy” (3 steps), before the organisation’s first contact.',
      details: [
        'Only “Neighbour helps tarp the roof” is with the customer there.',
        'The customer is distressed at “Storm damages the roof” and unhappy at “Makes the house safe” and “Looks up the policy”.',
        '“Storm damages the roof” is a moment that matters.',
        '1,200 customers a month go through it.',
      ],
    });
    expect(findings[2]).toMatchObject({ figure: '7.0', headline: '“Finds a roofer” to “Renews or leaves” (3 steps), after the organisation’s last contact.' });
  });

  it('names the moments that matter the organisation misses, the inside-out work and the open opportunities by owner', () => {
    expect(findings[3]!.headline).toBe('The organisation is not there at 2 of the 3 moments that matter: “Storm damages the roof” and “Renews or leaves”.');
    expect(findings[4]).toMatchObject({ figure: '1', details: ['“Month-end reserve booking” (Finance).'] });
    expect(findings[5]!.headline).toBe('3 opportunities are open, with 3 owners.');
    expect(findings[5]!.details[2]).toBe('Claims director: “Network of vetted roofers at agreed prices” (idea, due 30 June 2027).');
  });
});

describe('key findings', () => {
  const base = template('home-insurance-claim');

  it('ranks gaps of equal severity in lane, then column order, and names at most three', () => {
    const twoJourneys: JourneyMap = {
      ...base,
      lanes: [{ id: 'a', kind: 'journey', title: 'A' }, { id: 'b', kind: 'journey', title: 'B' }, { id: 'p', kind: 'process', title: 'Team' }],
      steps: [
        ...[0, 1, 2, 3, 4].map((column) => ({ id: `b${column}`, laneId: 'b', title: `B${column}`, column, span: 1 })),
        ...[0, 1, 2, 3, 4].map((column) => ({ id: `a${column}`, laneId: 'a', title: `A${column}`, column, span: 1 })),
        { id: 'p1', laneId: 'p', title: 'Meet', column: 1, span: 1 },
        { id: 'p3', laneId: 'p', title: 'Meet again', column: 3, span: 1 },
      ],
      opportunities: [],
    };
    const gaps = findingsOf(twoJourneys).filter((finding) => finding.topic === 'gap');
    expect(gaps.map((gap) => gap.headline)).toEqual([
      'In “A”: “A0” (1 step), before the organisation’s first contact.',
      'In “A”: “A2” (1 step), between two contacts with the organisation.',
      'In “A”: “A4” (1 step), after the organisation’s last contact.',
    ]);
    expect(gaps[0]!.details).toEqual(['Nobody is with the customer there.', 'It weighs by its length alone: no feeling, moment that matters or number of customers is recorded for its step.']);
  });

  it('puts a more severe gap first whatever its lane or column', () => {
    const map: JourneyMap = { ...base, steps: base.steps.map((step) => (step.id === 'c9' ? { ...step, emotion: -2, momentThatMatters: true, data: { customersPerMonth: 100_000 } } : step)) };
    expect(findingsOf(map).find((finding) => finding.topic === 'gap')!.headline).toMatch(/^“Finds a roofer”/);
  });

  it('says what the room voted for when a round is revealed, and nothing of a hidden one', () => {
    const vote = { id: 'v1', question: 'Where do we act first?', people: 4, dotsPerPerson: 3, revealed: true, dots: [{ target: { kind: 'step' as const, stepId: 'c5' }, count: 5 }, { target: { kind: 'gap' as const, stepId: 'c2' }, count: 7 }] };
    const revealed = findingsOf({ ...base, votes: [vote] }).find((finding) => finding.topic === 'votes');
    expect(sentences(revealed)).toBe('Asked “Where do we act first?”, the room put the most dots on the gap “Before gap: Storm damages the roof … Looks up the policy”: 7 of the 12 dots. Next: “Waits for the assessor” (5 dots).');
    expect(findingsOf({ ...base, votes: [{ ...vote, revealed: false }] }).some((finding) => finding.topic === 'votes')).toBe(false);
  });

  it('speaks of a journey the organisation never meets, and of a map without opportunities', () => {
    const alone: JourneyMap = { ...base, steps: base.steps.filter((step) => step.laneId === 'cust'), opportunities: [] };
    const findings = findingsOf(alone);
    expect(findings[0]!.details[0]).toMatch(/^It never meets the customer: all 10 steps are theirs alone, at least/);
    expect(sentences(findings.find((finding) => finding.topic === 'insideOut'))).toBe('The map shows no work of the organisation yet: it has no process step.');
    expect(findings.at(-1)!.headline).toMatch(/^No opportunity is written down yet/);
  });

  it('says the organisation is at every moment that matters when it is', () => {
    const map: JourneyMap = { ...base, steps: base.steps.map((step) => ({ ...step, momentThatMatters: step.id === 'c5' })) };
    expect(findingsOf(map).find((finding) => finding.topic === 'moments')!.headline).toBe('The organisation is with the customer at every moment that matters (1 of 1).');
  });
});
