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

/**
 * Where each pain point of a list went when the list changed by one line taken out or put in (the
 * Inspector's list changes a line at a time): the new index of each old one, or -1 for the one
 * taken out. Any other change (a line retyped, several at once) keeps the indices as they were.
 */
function movedIndices(before: readonly string[], after: readonly string[]): (index: number) => number {
  const same = (a: number, b: number): boolean => before[a] === after[b];
  if (after.length === before.length - 1) {
    let removed = 0;
    while (removed < after.length && same(removed, removed)) removed++;
    for (let index = removed; index < after.length; index++) if (!same(index + 1, index)) return (at) => at;
    return (at) => (at < removed ? at : at === removed ? -1 : at - 1);
  }
  if (after.length === before.length + 1) {
    let added = 0;
    while (added < before.length && same(added, added)) added++;
    for (let index = added; index < before.length; index++) if (!same(index, index + 1)) return (at) => at;
    return (at) => (at < added ? at : at + 1);
  }
  return (at) => at;
}

/**
 * Keeps the dots on a step's pain points on the same pain points when a line of its list is taken
 * out or put in above them: the dots on a line taken out go with it, those below it move up with
 * their lines (and down when a line is put in above them).
 */
export function followPainPoints(map: JourneyMap, stepId: string, before: readonly string[], after: readonly string[]): JourneyMap {
  const votes = map.votes;
  if (!votes || votes.length === 0) return map;
  const moved = movedIndices(before, after);
  let changed = false;
  const next = votes.map((vote) => {
    let touched = false;
    const dots = vote.dots.flatMap((entry) => {
      const { target } = entry;
      if (target.kind !== 'painPoint' || target.stepId !== stepId) return [entry];
      const index = moved(target.index);
      if (index === target.index) return [entry];
      touched = true;
      return index < 0 ? [] : [{ ...entry, target: { ...target, index } }];
    });
    if (!touched) return vote;
    changed = true;
    return { ...vote, dots };
  });
  return changed ? { ...map, votes: next } : map;
}
