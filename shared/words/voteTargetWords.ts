import type { CoverageAnalysis } from '../analysis/coverage';
import type { JourneyMap } from '../model/journeyMap';
import type { VoteTarget } from '../model/workshop';
import { gapKindLabel } from './gapKindWords';
import { shortened } from './shortened';

/**
 * What a dot was cast on, in words a board member reads: the step's title, the gap by its kind and
 * first step, a pain point with its step, an opportunity's title.
 */
export function voteTargetLabel(map: JourneyMap, analysis: CoverageAnalysis, target: VoteTarget): string {
  if (target.kind === 'opportunity') return `Opportunity: ${shortened(map.opportunities?.find((opportunity) => opportunity.id === target.opportunityId)?.title || 'Untitled opportunity')}`;
  const step = map.steps.find((candidate) => candidate.id === target.stepId);
  const title = shortened(step?.title || 'Untitled step');
  if (target.kind === 'step') return title;
  if (target.kind === 'painPoint') return `Pain point: ${shortened(step?.painPoints?.[target.index] ?? '')} (${title})`;
  const gap = analysis.lanes.flatMap((lane) => lane.gaps).find((candidate) => candidate.stepIds.includes(target.stepId));
  return gap ? `Gap · ${gapKindLabel(gap.kind)} · ${title}` : `${title} (no longer a gap)`;
}
