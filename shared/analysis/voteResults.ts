import type { JourneyMap } from '../model/journeyMap';
import type { Vote, VoteDots } from '../model/workshop';

/** A round's dots, most first; equal counts keep the order they were first cast in. */
export function rankedDots(vote: Vote): VoteDots[] {
  return vote.dots.map((entry, order) => ({ entry, order })).sort((a, b) => b.entry.count - a.entry.count || a.order - b.order).map(({ entry }) => entry);
}

/** The rounds whose result may be shown: those revealed, newest last. */
export function revealedVotes(map: JourneyMap): Vote[] {
  return (map.votes ?? []).filter((vote) => vote.revealed);
}

/** Dots cast on each step (as a step, or on one of its pain points) over the revealed rounds: the badges the cards wear. */
export function dotsByStep(map: JourneyMap): ReadonlyMap<string, number> {
  const dots = new Map<string, number>();
  for (const vote of revealedVotes(map)) {
    for (const { target, count } of vote.dots) if (target.kind === 'step' || target.kind === 'painPoint') dots.set(target.stepId, (dots.get(target.stepId) ?? 0) + count);
  }
  return dots;
}
