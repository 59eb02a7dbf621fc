import type { JourneyMap } from '../model/journeyMap';
import type { VoteTarget } from '../model/workshop';
import { quoted } from './describe';
import { jsonPath, type Problem } from './problem';

/** Why a vote's target names nothing of the map, or null when it names something that is there. */
function missing(map: JourneyMap, target: VoteTarget, stepKinds: ReadonlyMap<string, string | undefined>): string | null {
  if (target.kind === 'opportunity') {
    return (map.opportunities ?? []).some((opportunity) => opportunity.id === target.opportunityId) ? null : `opportunity ${quoted(target.opportunityId)}, which the map does not have`;
  }
  if (!stepKinds.has(target.stepId)) return `step ${quoted(target.stepId)}, which the map does not have`;
  if (target.kind === 'gap' && stepKinds.get(target.stepId) !== 'journey') return `a gap at step ${quoted(target.stepId)}, but only steps of a journey lane make gaps`;
  if (target.kind === 'painPoint') {
    const points = map.steps.find((step) => step.id === target.stepId)?.painPoints ?? [];
    if (target.index >= points.length) return `pain point ${target.index + 1} of step ${quoted(target.stepId)}, which has ${points.length}`;
  }
  return null;
}

/** Every dot of every vote is cast on a step, a gap, a pain point or an opportunity the map has. */
export function voteProblems(map: JourneyMap): Problem[] {
  const problems: Problem[] = [];
  if (!map.votes?.length) return problems;
  const laneKinds = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const stepKinds = new Map(map.steps.map((step) => [step.id, laneKinds.get(step.laneId)]));
  map.votes.forEach((vote, voteIndex) => {
    vote.dots.forEach((entry, dotIndex) => {
      const why = missing(map, entry.target, stepKinds);
      if (why) problems.push({ path: jsonPath(['map', 'votes', voteIndex, 'dots', dotIndex, 'target']), message: `Vote ${quoted(vote.id)} has dots on ${why}.` });
    });
  });
  return problems;
}
