import { dotsByStep } from '../../shared/analysis/voteResults';
import { ownDots, turnIn, type VoteTurn } from '../../shared/edit/voteTurns';
import type { CardDotsInput } from '../../shared/layout/cardStyle';
import type { JourneyMap } from '../../shared/model/journeyMap';

const NONE: ReadonlyMap<string, CardDotsInput> = new Map();

// Every card asks on every change of the map; the answer changes only with the votes or the turn.
let last: { readonly votes: JourneyMap['votes']; readonly turn: VoteTurn | null; readonly dots: ReadonlyMap<string, CardDotsInput> } | null = null;

/**
 * The dots each card wears, by step id (a pain point's dots count on its step): while a round is
 * open only the voter's own, so no one sees where the others placed theirs; else the room's over
 * every revealed round. Worked out once per list of votes and turn, however many cards ask.
 */
export function cardDotsOf(map: JourneyMap, sessionTurn: VoteTurn | null): ReadonlyMap<string, CardDotsInput> {
  if (!map.votes?.length) return NONE;
  if (last && last.votes === map.votes && last.turn === sessionTurn) return last.dots;
  const current = turnIn(map, sessionTurn);
  const dots = new Map<string, CardDotsInput>();
  if (current) {
    for (const { target, count } of ownDots(current.vote, current.turn)) {
      if (target.kind === 'step' || target.kind === 'painPoint') dots.set(target.stepId, { count: (dots.get(target.stepId)?.count ?? 0) + count, own: true });
    }
  } else {
    for (const [stepId, count] of dotsByStep(map)) dots.set(stepId, { count, own: false });
  }
  last = { votes: map.votes, turn: sessionTurn, dots };
  return dots;
}
