import type { JourneyMap } from '../model/journeyMap';
import { MAP_LIMITS } from '../model/limits';
import type { Vote, VoteTarget } from '../model/workshop';
import { newId } from './ids';

/** What a round is asked to be: its question, each person's dots, how many people vote. */
export interface NewVote {
  readonly question: string;
  readonly dotsPerPerson: number;
  readonly people: number;
}

const whole = (value: number, least: number, most: number): number => Math.min(most, Math.max(least, Math.round(Number.isFinite(value) ? value : least)));

/** Starts a dot-voting round with nothing cast yet, hidden until revealed. */
export function startVote(map: JourneyMap, { question, dotsPerPerson, people }: NewVote): { map: JourneyMap; voteId: string } {
  const voteId = newId(map, 'vote');
  const vote: Vote = {
    id: voteId,
    question: question.trim().slice(0, MAP_LIMITS.titleLength) || 'Where should we act first?',
    dotsPerPerson: whole(dotsPerPerson, 1, MAP_LIMITS.dotsPerPerson),
    people: whole(people, 1, MAP_LIMITS.votePeople),
    revealed: false,
    dots: [],
  };
  return { map: { ...map, votes: [...(map.votes ?? []), vote] }, voteId };
}

/** Whether two targets are the same thing: the same step, gap, pain point or opportunity. */
export function sameTarget(a: VoteTarget, b: VoteTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'opportunity' || b.kind === 'opportunity') return a.kind === 'opportunity' && b.kind === 'opportunity' && a.opportunityId === b.opportunityId;
  if (a.stepId !== b.stepId) return false;
  return a.kind !== 'painPoint' || (b.kind === 'painPoint' && a.index === b.index);
}

/** How many dots a round holds in all. */
export const dotsCast = (vote: Vote): number => vote.dots.reduce((sum, entry) => sum + entry.count, 0);

/**
 * Casts `count` dots (negative: takes them back) on a target of a round. A round never holds more
 * dots than its people had, nor a target fewer than none; a revealed round takes no more. The same
 * map when nothing would change.
 */
export function castDots(map: JourneyMap, voteId: string, target: VoteTarget, count: number): JourneyMap {
  const vote = map.votes?.find((candidate) => candidate.id === voteId);
  if (!vote || vote.revealed || count === 0) return map;
  const room = vote.dotsPerPerson * vote.people - dotsCast(vote);
  const entry = vote.dots.find((candidate) => sameTarget(candidate.target, target));
  const next = Math.max(0, (entry?.count ?? 0) + Math.min(count, room));
  if (next === (entry?.count ?? 0)) return map;
  const others = vote.dots.filter((candidate) => candidate !== entry);
  const dots = next > 0 ? (entry ? vote.dots.map((candidate) => (candidate === entry ? { ...candidate, count: next } : candidate)) : [...vote.dots, { target, count: next }]) : others;
  return { ...map, votes: map.votes!.map((candidate) => (candidate === vote ? { ...vote, dots } : candidate)) };
}

/** Shows a round's result: from now on its dots are on the cards, in the panels and in the report. */
export function revealVote(map: JourneyMap, voteId: string): JourneyMap {
  const vote = map.votes?.find((candidate) => candidate.id === voteId);
  if (!vote || vote.revealed) return map;
  return { ...map, votes: map.votes!.map((candidate) => (candidate === vote ? { ...vote, revealed: true } : candidate)) };
}

/** Deletes a round with its dots. */
export function deleteVote(map: JourneyMap, voteId: string): JourneyMap {
  const votes = map.votes ?? [];
  if (!votes.some((vote) => vote.id === voteId)) return map;
  const rest = votes.filter((vote) => vote.id !== voteId);
  if (rest.length > 0) return { ...map, votes: rest };
  const { votes: _gone, ...withoutVotes } = map;
  return withoutVotes;
}
