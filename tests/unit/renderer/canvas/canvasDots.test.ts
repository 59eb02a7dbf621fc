import { describe, expect, it } from 'vitest';
import { castDots, revealVote, startVote } from '../../../../shared/edit/votes';
import { castOwnDot, firstTurn, nextTurn, openVote, type TurnChange, type TurnRefusal } from '../../../../shared/edit/voteTurns';
import { canvasDotsOf } from '../../../../renderer/canvas/canvasDots';
import { claimMap } from '../../shared/edit/editSupport';

const cast = (change: TurnChange | TurnRefusal): TurnChange => {
  if ('refused' in change) throw new Error(change.refused);
  return change;
};

// In the claim map s1 is a gap of its own (before); the other journey steps are covered.
describe('the dots on the canvas', () => {
  it('while a round is open: only the voter’s own, a pain point’s on its step, a gap’s on the gap; the earlier people’s never', () => {
    const { map: started } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 3, people: 2 });
    let { map, turn } = cast(castOwnDot(started, firstTurn(openVote(started)!), { kind: 'step', stepId: 's1' }));
    ({ map, turn } = cast(castOwnDot(map, turn, { kind: 'gap', stepId: 's1' })));
    turn = nextTurn(openVote(map)!, turn);
    ({ map, turn } = cast(castOwnDot(map, turn, { kind: 'step', stepId: 's2' })));
    ({ map, turn } = cast(castOwnDot(map, turn, { kind: 'painPoint', stepId: 's2', index: 0 })));
    const dots = canvasDotsOf(map, turn);
    expect(dots.cards).toEqual(new Map([['s2', { count: 2, own: true }]]));
    expect(dots.gaps.size).toBe(0);
  });

  it('once revealed: the room’s dots over every revealed round, and the same answer for every card that asks', () => {
    const { map: started, voteId } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 3, people: 2 });
    const map = revealVote(castDots(castDots(started, voteId, { kind: 'step', stepId: 's1' }, 2), voteId, { kind: 'gap', stepId: 's1' }, 3), voteId);
    const dots = canvasDotsOf(map, null);
    expect(dots.cards).toEqual(new Map([['s1', { count: 2, own: false }]]));
    expect(dots.gaps).toEqual(new Map([['s1', { count: 3, own: false }]]));
    expect(canvasDotsOf({ ...map, title: 'Retitled' }, null)).toBe(dots);
    expect(canvasDotsOf(claimMap(), null).cards.size).toBe(0);
  });

  it('shows the voter their own dots on a gap', () => {
    const { map: started } = startVote(claimMap(), { question: 'Q', dotsPerPerson: 3, people: 2 });
    const { map, turn } = cast(castOwnDot(started, firstTurn(openVote(started)!), { kind: 'gap', stepId: 's1' }));
    expect(canvasDotsOf(map, turn).gaps).toEqual(new Map([['s1', { count: 1, own: true }]]));
  });
});
