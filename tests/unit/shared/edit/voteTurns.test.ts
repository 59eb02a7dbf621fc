import { describe, expect, it } from 'vitest';
import { castDots, revealVote, startVote } from '../../../../shared/edit/votes';
import { castOwnDot, dotsLeft, firstTurn, nextTurn, openVote, ownDots, ownDotsOn, resumedTurn, takeBackOwnDot, turnIn, type TurnChange, type TurnRefusal, type VoteTurn } from '../../../../shared/edit/voteTurns';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import type { VoteTarget } from '../../../../shared/model/workshop';
import { claimMap } from './editSupport';

const step = (stepId: string): VoteTarget => ({ kind: 'step', stepId });

/** A round of three people with three dots each, on the claim map, and its first turn. */
function round(): { map: JourneyMap; turn: VoteTurn } {
  const { map, voteId } = startVote(claimMap(), { question: 'Where first?', dotsPerPerson: 3, people: 3 });
  return { map, turn: firstTurn(map.votes!.find((vote) => vote.id === voteId)!) };
}

function cast(change: TurnChange | TurnRefusal): TurnChange {
  if ('refused' in change) throw new Error(change.refused);
  return change;
}

const vote = (map: JourneyMap) => openVote(map)!;

describe('a turn of a dot-voting round', () => {
  it('lets each person cast their own dots and no more, and the file keeps only the totals', () => {
    let { map, turn } = round();
    for (const id of ['s1', 's1', 's2']) ({ map, turn } = cast(castOwnDot(map, turn, step(id))));
    expect(dotsLeft(vote(map), turn)).toBe(0);
    expect(castOwnDot(map, turn, step('s3'))).toEqual({ refused: 'Person 1 has no dots left: hand over to the next person.' });

    turn = nextTurn(vote(map), turn);
    expect(turn.person).toBe(2);
    // Person 2 sees none of person 1's dots, and has all of their own.
    expect(ownDots(vote(map), turn)).toEqual([]);
    expect(dotsLeft(vote(map), turn)).toBe(3);
    ({ map, turn } = cast(castOwnDot(map, turn, step('s1'))));
    expect(ownDots(vote(map), turn)).toEqual([{ target: step('s1'), count: 1 }]);
    expect(ownDotsOn(vote(map), turn, step('s1'))).toBe(1);
    expect(vote(map).dots).toEqual([
      { target: step('s1'), count: 3 },
      { target: step('s2'), count: 1 },
    ]);
    expect(map.votes![0]).not.toHaveProperty('person');
  });

  it('takes back the last dot of this person only, never an earlier person’s', () => {
    let { map, turn } = round();
    ({ map, turn } = cast(castOwnDot(map, turn, step('s4'))));
    turn = nextTurn(vote(map), turn);
    ({ map, turn } = cast(castOwnDot(map, turn, step('s1'))));
    ({ map, turn } = cast(castOwnDot(map, turn, step('s2'))));
    ({ map, turn } = cast(takeBackOwnDot(map, turn)));
    expect(ownDots(vote(map), turn)).toEqual([{ target: step('s1'), count: 1 }]);
    ({ map, turn } = cast(takeBackOwnDot(map, turn)));
    expect(takeBackOwnDot(map, turn)).toEqual({ refused: 'Person 2 has no dots on the map to take back.' });
    expect(takeBackOwnDot(map, turn, step('s4'))).toEqual({ refused: 'Person 2 has no dot there to take back.' });
    expect(vote(map).dots).toEqual([{ target: step('s4'), count: 1 }]);
  });

  it('takes back a dot from a target the person names', () => {
    let { map, turn } = round();
    for (const id of ['s1', 's2', 's1']) ({ map, turn } = cast(castOwnDot(map, turn, step(id))));
    ({ map, turn } = cast(takeBackOwnDot(map, turn, step('s2'))));
    expect(ownDots(vote(map), turn)).toEqual([{ target: step('s1'), count: 2 }]);
    expect(turn.cast).toEqual([step('s1'), step('s1')]);
  });

  it('is the session’s turn while it belongs to the open round, else the person after those whose dots the round holds', () => {
    let { map, turn } = round();
    ({ map, turn } = cast(castOwnDot(map, turn, step('s1'))));
    turn = nextTurn(vote(map), turn);
    expect(turnIn(map, turn)?.turn).toBe(turn);
    expect(turnIn(map, null)?.turn).toMatchObject({ person: 1, cast: [] });
    expect(turnIn(map, { ...turn, voteId: 'another' })?.turn.person).toBe(1);
  });

  it('stays true when an undo takes a dot back: the turn counts what the round gained since it began', () => {
    let { map, turn } = round();
    ({ map, turn } = cast(castOwnDot(map, turn, step('s1'))));
    const withOne = map;
    ({ map, turn } = cast(castOwnDot(map, turn, step('s2'))));
    // Undo: the map of one dot comes back, the turn is the session's and stays.
    map = withOne;
    expect(dotsLeft(vote(map), turn)).toBe(2);
    ({ map, turn } = cast(takeBackOwnDot(map, turn)));
    expect(vote(map).dots).toEqual([]);
  });

  it('ends after the last person, and a revealed round takes no more dots', () => {
    let { map, turn } = round();
    turn = nextTurn(vote(map), nextTurn(vote(map), turn));
    expect(turn).toMatchObject({ person: 3, finished: false });
    ({ map, turn } = cast(castOwnDot(map, turn, step('s3'))));
    turn = nextTurn(vote(map), turn);
    expect(turn.finished).toBe(true);
    expect(castOwnDot(map, turn, step('s3'))).toEqual({ refused: 'Everyone has voted: reveal the result.' });
    const revealed = revealVote(map, turn.voteId);
    expect(openVote(revealed)).toBeNull();
    expect(turnIn(revealed, turn)).toBeNull();
    expect(castOwnDot(revealed, { ...turn, finished: false }, step('s3'))).toEqual({ refused: 'No round is open: start a vote first.' });
  });

  it('never lets the round exceed what its people had, even for a person whose own count was lost', () => {
    const { map, voteId } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 2, people: 2 });
    const full = castDots(map, voteId, step('s1'), 4);
    // Taken up again after the file was reopened: everyone counted as having cast all theirs.
    const turn = resumedTurn(vote(full));
    expect(turn.person).toBe(2);
    expect(dotsLeft(vote(full), turn)).toBe(0);
    const halfway = castDots(map, voteId, step('s1'), 3);
    expect(resumedTurn(vote(halfway)).person).toBe(2);
    expect(dotsLeft(vote(halfway), resumedTurn(vote(halfway)))).toBe(1);
  });
});
