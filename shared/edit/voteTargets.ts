import type { JourneyMap } from '../model/journeyMap';
import type { VoteTarget } from '../model/workshop';

/** Whether a vote's target still names something of the map, with the lookups of the map at hand. */
function stillThere(target: VoteTarget, map: JourneyMap, stepKinds: ReadonlyMap<string, string | undefined>, opportunityIds: ReadonlySet<string>): boolean {
  if (target.kind === 'opportunity') return opportunityIds.has(target.opportunityId);
  if (!stepKinds.has(target.stepId)) return false;
  if (target.kind === 'gap') return stepKinds.get(target.stepId) === 'journey';
  if (target.kind === 'painPoint') return target.index < (map.steps.find((step) => step.id === target.stepId)?.painPoints?.length ?? 0);
  return true;
}

/**
 * Keeps the votes true to the map after an edit: dots on a step, a pain point or an opportunity
 * that is gone, or on a gap whose step left the journey lanes, go with it (a round's other dots
 * stay). The same map when every dot still holds.
 */
export function keepVoteTargets(map: JourneyMap): JourneyMap {
  const votes = map.votes;
  if (!votes || votes.length === 0) return map;
  const laneKinds = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const stepKinds = new Map(map.steps.map((step) => [step.id, laneKinds.get(step.laneId)]));
  const opportunityIds = new Set((map.opportunities ?? []).map((opportunity) => opportunity.id));
  let changed = false;
  const kept = votes.map((vote) => {
    const dots = vote.dots.filter((entry) => stillThere(entry.target, map, stepKinds, opportunityIds));
    if (dots.length === vote.dots.length) return vote;
    changed = true;
    return { ...vote, dots };
  });
  return changed ? { ...map, votes: kept } : map;
}
