import { keepVoteTargets } from './voteTargets';
import type { JourneyMap } from '../model/journeyMap';
import { OPPORTUNITY_STATUSES, type Opportunity, type OpportunityStatus, type OpportunityTarget } from '../model/opportunity';
import { newId } from './ids';
import { putOptionalText, textOrNothing } from './optionalText';

/** The panel's edit of an opportunity. An empty description, owner or due date removes the field. */
export interface OpportunityPatch {
  readonly title?: string;
  readonly description?: string;
  readonly owner?: string;
  readonly status?: OpportunityStatus;
  /** `YYYY-MM-DD`, as an `<input type="date">` gives it; anything else is ignored. */
  readonly due?: string;
}

const DUE_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isStatus = (status: unknown): status is OpportunityStatus => (OPPORTUNITY_STATUSES as readonly unknown[]).includes(status);

/** Adds an idea called `title` acting on `target`; `opportunityId` is `''` and the map unchanged when the target names no step. */
export function addOpportunity(map: JourneyMap, target: OpportunityTarget, title = 'New opportunity'): { map: JourneyMap; opportunityId: string } {
  if (!map.steps.some((step) => step.id === target.stepId)) return { map, opportunityId: '' };
  const opportunity: Opportunity = { id: newId(map, 'opportunity'), title, target: { kind: target.kind, stepId: target.stepId }, status: 'idea' };
  return { map: { ...map, opportunities: [...(map.opportunities ?? []), opportunity] }, opportunityId: opportunity.id };
}

/** Changes an opportunity's fields; values of the wrong type or shape are ignored; the same map when nothing changes. */
export function updateOpportunity(map: JourneyMap, opportunityId: string, patch: OpportunityPatch): JourneyMap {
  const opportunities = map.opportunities ?? [];
  const opportunity = opportunities.find((candidate) => candidate.id === opportunityId);
  if (!opportunity) return map;
  const next: Record<string, unknown> = { ...opportunity };
  let changed = false;
  if (typeof patch.title === 'string' && patch.title !== opportunity.title) {
    next.title = patch.title;
    changed = true;
  }
  if (isStatus(patch.status) && patch.status !== opportunity.status) {
    next.status = patch.status;
    changed = true;
  }
  for (const key of ['description', 'owner', 'due'] as const) {
    const value = patch[key];
    if (typeof value !== 'string') continue;
    // A due date that is not one is ignored; an emptied one clears the field like the others.
    if (key === 'due' && textOrNothing(value) !== undefined && !DUE_DATE.test(value)) continue;
    if (putOptionalText(next, key, value)) changed = true;
  }
  if (!changed) return map;
  const updated = next as unknown as Opportunity;
  return { ...map, opportunities: opportunities.map((candidate) => (candidate === opportunity ? updated : candidate)) };
}

/** Deletes an opportunity. */
export function deleteOpportunity(map: JourneyMap, opportunityId: string): JourneyMap {
  const opportunities = map.opportunities ?? [];
  if (!opportunities.some((opportunity) => opportunity.id === opportunityId)) return map;
  // The dots cast on it go with it.
  return keepVoteTargets({ ...map, opportunities: opportunities.filter((opportunity) => opportunity.id !== opportunityId) });
}

/**
 * Keeps every opportunity's target true to the map after steps were deleted or moved: a target
 * whose step is gone is removed (the opportunity and its text stay, "target removed"), and a gap
 * target whose step left the journey lanes acts on that step instead, since only journey steps
 * make gaps. The same map when every target still holds.
 */
export function keepOpportunityTargets(map: JourneyMap): JourneyMap {
  const opportunities = map.opportunities;
  if (!opportunities || opportunities.length === 0) return map;
  const laneKinds = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const stepKinds = new Map(map.steps.map((step) => [step.id, laneKinds.get(step.laneId)]));
  let changed = false;
  const kept = opportunities.map((opportunity) => {
    const { target } = opportunity;
    if (!target) return opportunity;
    if (!stepKinds.has(target.stepId)) {
      changed = true;
      const { target: _removed, ...rest } = opportunity;
      return rest;
    }
    if (target.kind === 'gap' && stepKinds.get(target.stepId) !== 'journey') {
      changed = true;
      return { ...opportunity, target: { ...target, kind: 'step' as const } };
    }
    return opportunity;
  });
  return changed ? { ...map, opportunities: kept } : map;
}
