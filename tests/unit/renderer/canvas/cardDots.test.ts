import { describe, expect, it } from 'vitest';
import { castDots, revealVote, startVote } from '../../../../shared/edit/votes';
import { castOwnDot, firstTurn, nextTurn, openVote, type TurnChange, type TurnRefusal } from '../../../../shared/edit/voteTurns';
import { cardDotsOf } from '../../../../renderer/canvas/cardDots';
import { claimMap } from '../../shared/edit/editSupport';

const cast = (change: TurnChange | TurnRefusal): TurnChange => {
  if ('refused' in change) throw new Error(change.refused);
  return change;
};

describe('the dots on the cards', () => {
  it('while a round is open: only the voter’s own, a pain point’s on its step; the earlier people’s never', () => {
    const { map: started } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 3, people: 2 });
    let { map, turn } = cast(castOwnDot(started, firstTurn(openVote(started)!), { kind: 'step', stepId: 's1' }));
    turn = nextTurn(openVote(map)!, turn);
    ({ map, turn } = cast(castOwnDot(map, turn, { kind: 'step', stepId: 's2' })));
    ({ map, turn } = cast(castOwnDot(map, turn, { kind: 'painPoint', stepId: 's2', index: 0 })));
    expect(cardDotsOf(map, turn)).toEqual(new Map([['s2', { count: 2, own: true }]]));
  });

  it('once revealed: the room’s dots over every revealed round, and the same answer for every card that asks', () => {
    const { map: started, voteId } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 3, people: 2 });
    const map = revealVote(castDots(castDots(started, voteId, { kind: 'step', stepId: 's1' }, 2), voteId, { kind: 'gap', stepId: 's1' }, 3), voteId);
    const dots = cardDotsOf(map, null);
    expect(dots).toEqual(new Map([['s1', { count: 2, own: false }]]));
    expect(cardDotsOf({ ...map, title: 'Retitled' }, null)).toBe(dots);
    expect(cardDotsOf(claimMap(), null).size).toBe(0);
  });
});
