import type { CoverageAnalysis, Gap } from '../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import type { OpportunityTarget } from '../../../shared/model/opportunity';
import { gapKindLabel } from '../../../shared/words/gapKindWords';

/** The gap that holds a journey step now, if the organisation still leaves it uncovered. */
function gapHolding(analysis: CoverageAnalysis, stepId: string): Gap | undefined {
  for (const lane of analysis.lanes) {
    const gap = lane.gaps.find((candidate) => candidate.stepIds.includes(stepId));
    if (gap) return gap;
  }
  return undefined;
}

/**
 * What an opportunity acts on, in a line: "Gap · Before · Storm damages the roof…", "Step · Calls
 * the insurer", "Gap · Calls the insurer · no longer a gap" once the organisation covers that step,
 * "Target removed" once the step was deleted.
 */
export function targetWords(map: JourneyMap, analysis: CoverageAnalysis, target: OpportunityTarget | undefined): string {
  if (!target) return 'Target removed';
  const titleOf = (stepId: string): string => map.steps.find((step) => step.id === stepId)?.title || 'Untitled step';
  if (target.kind === 'step') return `Step · ${titleOf(target.stepId)}`;
  const gap = gapHolding(analysis, target.stepId);
  if (!gap) return `Gap · ${titleOf(target.stepId)} · no longer a gap`;
  return `Gap · ${gapKindLabel(gap.kind)} · ${titleOf(gap.stepIds[0]!)}${gap.stepIds.length > 1 ? '…' : ''}`;
}

/** The steps "Show on map" selects: the whole gap while there is one, otherwise the step itself; none once it was deleted. */
export function targetStepIds(map: JourneyMap, analysis: CoverageAnalysis, target: OpportunityTarget | undefined): readonly string[] {
  if (!target || !map.steps.some((step) => step.id === target.stepId)) return [];
  if (target.kind === 'gap') {
    const gap = gapHolding(analysis, target.stepId);
    if (gap) return gap.stepIds;
  }
  return [target.stepId];
}
