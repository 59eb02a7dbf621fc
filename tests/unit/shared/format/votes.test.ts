import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';

// The `votes` field of a map file: optional, additive, every dot on something the map has.

const VOTE = { id: 'v1', question: 'Where should we act first?', dotsPerPerson: 3, people: 6, revealed: true };

function file(dots: unknown, vote: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'outside-in.journey',
    version: 2,
    map: {
      id: 'm',
      title: 'M',
      lanes: [
        { id: 'j', kind: 'journey', title: 'Customer' },
        { id: 'p', kind: 'process', title: 'Claims' },
      ],
      steps: [
        { id: 'c2', laneId: 'j', title: 'Storm damages the roof', column: 0, painPoints: ['No one answers'] },
        { id: 'c7', laneId: 'j', title: 'Calls the insurer', column: 1 },
        { id: 'p1', laneId: 'p', title: 'Register the claim', column: 1 },
      ],
      opportunities: [{ id: 'o1', title: 'Storm alert', status: 'idea', target: { kind: 'gap', stepId: 'c2' } }],
      votes: [{ ...VOTE, dots, ...vote }],
    },
  });
}

function problemsOf(text: string) {
  const result = parse(text);
  if (result.ok) throw new Error('the file loaded');
  return result.problems;
}

describe('votes in the file', () => {
  it('come back as they were saved, with every kind of target and unknown fields kept', () => {
    const dots = [
      { target: { kind: 'gap', stepId: 'c2' }, count: 5 },
      { target: { kind: 'step', stepId: 'c7' }, count: 2 },
      { target: { kind: 'painPoint', stepId: 'c2', index: 0 }, count: 4 },
      { target: { kind: 'opportunity', opportunityId: 'o1' }, count: 6, colour: 'green' },
    ];
    const first = parse(file(dots, { facilitator: 'Ann' }));
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.value.votes).toEqual([{ ...VOTE, dots, facilitator: 'Ann' }]);
    const again = parse(serialise(first.value));
    expect(again.ok && again.value).toEqual(first.value);
  });

  it('is optional: a file without votes saves without them', () => {
    const plain = JSON.parse(file([])) as { map: Record<string, unknown> };
    delete plain.map.votes;
    const loaded = parse(JSON.stringify(plain));
    expect(loaded.ok && serialise(loaded.value)).not.toContain('"votes"');
  });

  it.each([
    ['a missing step', { kind: 'step', stepId: 'gone' }, 'step "gone", which the map does not have'],
    ['a missing opportunity', { kind: 'opportunity', opportunityId: 'o9' }, 'opportunity "o9", which the map does not have'],
    ['a pain point past the step’s list', { kind: 'painPoint', stepId: 'c2', index: 1 }, 'pain point 2 of step "c2", which has 1'],
    ['a gap at a process step', { kind: 'gap', stepId: 'p1' }, 'only steps of a journey lane make gaps'],
  ])('refuses dots on %s, naming the target’s path', (_what, target, words) => {
    const problems = problemsOf(file([{ target: { kind: 'step', stepId: 'c7' }, count: 1 }, { target, count: 1 }]));
    expect(problems).toEqual([{ path: '$.map.votes[0].dots[1].target', message: expect.stringContaining(words) }]);
  });

  it.each([
    ['no dots', 0, '$.map.votes[0].dots[0].count'],
    ['negative dots', -2, '$.map.votes[0].dots[0].count'],
    ['part of a dot', 1.5, '$.map.votes[0].dots[0].count'],
  ])('refuses %s on a target, naming the count’s path', (_what, count, path) => {
    expect(problemsOf(file([{ target: { kind: 'step', stepId: 'c7' }, count }]))[0]).toMatchObject({ path });
  });

  it('refuses more dots than the people voting had, naming the round’s dots', () => {
    const problems = problemsOf(file([{ target: { kind: 'step', stepId: 'c7' }, count: 10 }, { target: { kind: 'gap', stepId: 'c2' }, count: 9 }]));
    expect(problems[0]).toMatchObject({ path: '$.map.votes[0].dots', message: expect.stringContaining('more dots than the people voting had') });
  });

  it('refuses a round of no people, or of no dots each', () => {
    expect(problemsOf(file([], { people: 0 }))[0]).toMatchObject({ path: '$.map.votes[0].people' });
    expect(problemsOf(file([], { dotsPerPerson: 0 }))[0]).toMatchObject({ path: '$.map.votes[0].dotsPerPerson' });
  });

  it('refuses a target of a kind it does not know', () => {
    expect(problemsOf(file([{ target: { kind: 'lane', laneId: 'j' }, count: 1 }]))[0]).toMatchObject({ path: expect.stringMatching(/^\$\.map\.votes\[0\]\.dots\[0\]\.target/) });
  });
});
