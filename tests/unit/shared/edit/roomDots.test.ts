import { describe, expect, it } from 'vitest';
import { withRoomDots } from '../../../../shared/edit/roomDots';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { fixtureText, loaded } from '../../support/fixtures';

// The reveal's arithmetic for the phones' dots: the round grows to hold everyone who voted, the
// counts land on their targets, and dots on what the map no longer has are dropped.

const base = loaded(parse(fixtureText('examples', 'home-insurance-claim.journey')));
const withVote = (people: number, dots: JourneyMap['votes'] extends readonly (infer V)[] | undefined ? V extends { dots: infer D } ? D : never : never = []): JourneyMap => ({
  ...base,
  votes: [{ id: 'v1', question: 'Where first?', dotsPerPerson: 3, people, revealed: false, dots }],
});
const dotsOf = (map: JourneyMap) => map.votes![0]!.dots.map((entry) => [entry.target, entry.count]);

describe('the phones’ dots at the reveal', () => {
  it('are cast on their targets and the round counts the phones as people', () => {
    // Nobody dotted at the laptop: the round is the two phones.
    const map = withRoomDots(withVote(1), 'v1', new Map([['step:c4', 4], ['gap:c1', 2]]), 2);
    expect(map.votes![0]!.people).toBe(2);
    expect(dotsOf(map)).toEqual([
      [{ kind: 'step', stepId: 'c4' }, 4],
      [{ kind: 'gap', stepId: 'c1' }, 2],
    ]);
  });

  it('add the phones to the people already dotting at the laptop, rounded up from their dots', () => {
    const atLaptop = withVote(1, [{ target: { kind: 'step', stepId: 'c2' }, count: 4 }]);
    // Four dots at three each means two people at the laptop, though the round said one.
    const map = withRoomDots(atLaptop, 'v1', new Map([['step:c4', 3]]), 1);
    expect(map.votes![0]!.people).toBe(3);
    expect(dotsOf(map)).toEqual([
      [{ kind: 'step', stepId: 'c2' }, 4],
      [{ kind: 'step', stepId: 'c4' }, 3],
    ]);
  });

  it('keep the round as large as the facilitator set it', () => {
    expect(withRoomDots(withVote(12), 'v1', new Map([['step:c4', 1]]), 1).votes![0]!.people).toBe(12);
  });

  it('leave out keys that no longer name anything in the map, and junk keys', () => {
    const map = withRoomDots(withVote(1), 'v1', new Map([['step:gone', 2], ['nonsense', 1], ['step:c4', 1]]), 2);
    expect(dotsOf(map)).toEqual([[{ kind: 'step', stepId: 'c4' }, 1]]);
  });

  it('change nothing without phone voters, for another or a revealed round, or an unknown round', () => {
    const map = withVote(1);
    expect(withRoomDots(map, 'v1', new Map([['step:c4', 1]]), 0)).toBe(map);
    expect(withRoomDots(map, 'v9', new Map([['step:c4', 1]]), 1)).toBe(map);
    const revealed = { ...map, votes: [{ ...map.votes![0]!, revealed: true }] };
    expect(withRoomDots(revealed, 'v1', new Map([['step:c4', 1]]), 1)).toBe(revealed);
  });
});
