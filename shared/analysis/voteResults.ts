import type { JourneyMap } from '../model/journeyMap';
import type { Vote, VoteDots, VoteTarget } from '../model/workshop';
import type { CoverageAnalysis } from './coverage';

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

/** The first step of the gap that holds each journey step of a gap now: the step a gap is named by. */
export function gapFirstSteps(analysis: CoverageAnalysis): ReadonlyMap<string, string> {
  const first = new Map<string, string>();
  for (const lane of analysis.lanes) for (const gap of lane.gaps) for (const stepId of gap.stepIds) first.set(stepId, gap.stepIds[0]!);
  return first;
}

/**
 * A target as the result counts it: a gap by its first step now, since a gap is computed and
 * dots cast on it through different steps (the gap grew or shrank between them) are on one gap.
 */
function asCounted(target: VoteTarget, gapFirst: ReadonlyMap<string, string>): VoteTarget {
  if (target.kind !== 'gap') return target;
  const first = gapFirst.get(target.stepId);
  return first === undefined || first === target.stepId ? target : { kind: 'gap', stepId: first };
}

const keyOf = (target: VoteTarget): string =>
  target.kind === 'opportunity' ? `opportunity ${target.opportunityId}` : target.kind === 'painPoint' ? `painPoint ${target.stepId} ${target.index}` : `${target.kind} ${target.stepId}`;

/** A round's result, most dots first: dots on steps of one gap are added up as that gap's; equal counts keep the order they were first cast in. */
export function tallied(vote: Vote, analysis: CoverageAnalysis): VoteDots[] {
  const gapFirst = gapFirstSteps(analysis);
  const byKey = new Map<string, VoteDots>();
  for (const entry of vote.dots) {
    const target = asCounted(entry.target, gapFirst);
    const key = keyOf(target);
    byKey.set(key, { target, count: (byKey.get(key)?.count ?? 0) + entry.count });
  }
  return rankedDots({ ...vote, dots: [...byKey.values()] });
}

/** Dots cast on each gap over the revealed rounds, by the gap's first step. */
export function dotsByGap(map: JourneyMap, analysis: CoverageAnalysis): ReadonlyMap<string, number> {
  const gapFirst = gapFirstSteps(analysis);
  const dots = new Map<string, number>();
  for (const vote of revealedVotes(map)) {
    for (const { target, count } of vote.dots) {
      const first = target.kind === 'gap' ? gapFirst.get(target.stepId) : undefined;
      if (first !== undefined) dots.set(first, (dots.get(first) ?? 0) + count);
    }
  }
  return dots;
}

/** Dots cast on each opportunity over the revealed rounds. */
export function dotsByOpportunity(map: JourneyMap): ReadonlyMap<string, number> {
  const dots = new Map<string, number>();
  for (const vote of revealedVotes(map)) {
    for (const { target, count } of vote.dots) if (target.kind === 'opportunity') dots.set(target.opportunityId, (dots.get(target.opportunityId) ?? 0) + count);
  }
  return dots;
}
