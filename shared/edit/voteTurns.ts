import type { JourneyMap } from '../model/journeyMap';
import type { Vote, VoteDots, VoteTarget } from '../model/workshop';
import { castDots, dotsCast, sameTarget } from './votes';

/**
 * One person's turn in a dot-voting round on a laptop handed round. The session keeps it (it is
 * never saved): the file keeps only the round's totals, so what this person cast is what the
 * round gained since their turn began. Undo and redo of a dot therefore keep it true by themselves.
 */
export interface VoteTurn {
  readonly voteId: string;
  /** Whose turn it is, counted from 1. */
  readonly person: number;
  /** The round's dots when this person's turn began. */
  readonly before: readonly VoteDots[];
  /** What this person cast on, in order, so that "take back my last dot" knows which. */
  readonly cast: readonly VoteTarget[];
  /** Everyone has had their turn: the round waits to be revealed. */
  readonly finished: boolean;
}

/** Why a dot was not cast or taken back, in words for the status line. */
export interface TurnRefusal {
  readonly refused: string;
}

/** A turn's change: the map with the dot, and the turn that remembers it. */
export interface TurnChange {
  readonly map: JourneyMap;
  readonly turn: VoteTurn;
}

/** The round the room is voting in: the newest one not yet revealed, if any. */
export function openVote(map: JourneyMap): Vote | null {
  const votes = map.votes ?? [];
  for (let index = votes.length - 1; index >= 0; index--) if (!votes[index]!.revealed) return votes[index]!;
  return null;
}

/** The first person's turn in a round just started. */
export function firstTurn(vote: Vote): VoteTurn {
  return { voteId: vote.id, person: 1, before: vote.dots, cast: [], finished: false };
}

/**
 * A turn in a round taken up again (the file was closed mid-round, so who cast what is gone): the
 * person after those whose dots the round holds, counting each earlier person as having cast all theirs.
 */
export function resumedTurn(vote: Vote): VoteTurn {
  const person = Math.min(vote.people, Math.floor(dotsCast(vote) / vote.dotsPerPerson) + 1);
  return { voteId: vote.id, person, before: vote.dots, cast: [], finished: false };
}

/** The turn after this one: the next person's, with the round as it is now; after the last person, the round is finished. */
export function nextTurn(vote: Vote, turn: VoteTurn): VoteTurn {
  if (turn.person >= vote.people) return { ...turn, cast: [], before: vote.dots, finished: true };
  return { voteId: vote.id, person: turn.person + 1, before: vote.dots, cast: [], finished: false };
}

const countOn = (dots: readonly VoteDots[], target: VoteTarget): number => dots.find((entry) => sameTarget(entry.target, target))?.count ?? 0;

/** The dots this person has cast in their turn: what each target gained since it began (none where an undo took back more). */
export function ownDots(vote: Vote, turn: VoteTurn): VoteDots[] {
  if (turn.finished) return [];
  const own: VoteDots[] = [];
  for (const entry of vote.dots) {
    const count = entry.count - countOn(turn.before, entry.target);
    if (count > 0) own.push({ target: entry.target, count });
  }
  return own;
}

/** How many dots this person has cast on one target in their turn. */
export function ownDotsOn(vote: Vote, turn: VoteTurn, target: VoteTarget): number {
  if (turn.finished) return 0;
  return Math.max(0, countOn(vote.dots, target) - countOn(turn.before, target));
}

/** How many dots this person may still cast: their own dots less those cast, and never more than the round has room for. */
export function dotsLeft(vote: Vote, turn: VoteTurn): number {
  if (turn.finished || vote.revealed) return 0;
  const cast = ownDots(vote, turn).reduce((sum, entry) => sum + entry.count, 0);
  const room = vote.dotsPerPerson * vote.people - dotsCast(vote);
  return Math.max(0, Math.min(vote.dotsPerPerson - cast, room));
}

const voteOf = (map: JourneyMap, turn: VoteTurn): Vote | undefined => map.votes?.find((vote) => vote.id === turn.voteId);

/** Casts one of this person's dots on a target; refused once they have none left, or when the round is revealed or gone. */
export function castOwnDot(map: JourneyMap, turn: VoteTurn, target: VoteTarget): TurnChange | TurnRefusal {
  const vote = voteOf(map, turn);
  if (!vote || vote.revealed) return { refused: 'No round is open: start a vote first.' };
  if (turn.finished) return { refused: 'Everyone has voted: reveal the result.' };
  if (dotsLeft(vote, turn) === 0) return { refused: `Person ${turn.person} has no dots left: hand over to the next person.` };
  return { map: castDots(map, vote.id, target, 1), turn: { ...turn, cast: [...turn.cast, target] } };
}

/**
 * Takes back one of this person's dots: from `target` when given, else their last one still on the
 * map (an undo may have taken some already). Refused when they have none there.
 */
export function takeBackOwnDot(map: JourneyMap, turn: VoteTurn, target?: VoteTarget): TurnChange | TurnRefusal {
  const vote = voteOf(map, turn);
  if (!vote || vote.revealed || turn.finished) return { refused: 'No round is open.' };
  const without = (index: number): readonly VoteTarget[] => (index < 0 ? turn.cast : turn.cast.filter((_, at) => at !== index));
  if (target) {
    if (ownDotsOn(vote, turn, target) === 0) return { refused: `Person ${turn.person} has no dot there to take back.` };
    const index = turn.cast.findLastIndex((candidate) => sameTarget(candidate, target));
    return { map: castDots(map, vote.id, target, -1), turn: { ...turn, cast: without(index) } };
  }
  // Undo may have taken back dots the list still names, and redo brought back some it does not:
  // the last one listed that the map still holds is the one to take back.
  for (let index = turn.cast.length - 1; index >= 0; index--) {
    const listed = turn.cast[index]!;
    if (ownDotsOn(vote, turn, listed) > 0) return { map: castDots(map, vote.id, listed, -1), turn: { ...turn, cast: without(index) } };
  }
  const own = ownDots(vote, turn).at(-1);
  if (own) return { map: castDots(map, vote.id, own.target, -1), turn };
  return { refused: `Person ${turn.person} has no dots on the map to take back.` };
}

/**
 * The round the room votes in and whose turn it is: the session's turn, or, when the session has
 * none for this round (the file was closed mid-round), the turn of the person after those whose
 * dots the round holds.
 */
export function turnIn(map: JourneyMap, sessionTurn: VoteTurn | null): { readonly vote: Vote; readonly turn: VoteTurn } | null {
  const vote = openVote(map);
  if (!vote) return null;
  return { vote, turn: sessionTurn?.voteId === vote.id ? sessionTurn : resumedTurn(vote) };
}
