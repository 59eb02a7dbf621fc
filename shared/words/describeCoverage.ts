import type { JourneyMap } from '../model/journeyMap';
import type { CoverageAnalysis } from '../analysis/coverage';
import { formatCoverage, formatSeverity, stepCountLabel } from './figureWords';
import { gapKindLabel } from './gapKindWords';

/** Columns as the canvas numbers them for people: from 1 (the file counts from 0). */
const columnRange = (from: number, to: number): string => (from === to ? `column ${from + 1}` : `columns ${from + 1}–${to + 1}`);

/**
 * A plain-text report of the analysis: each journey lane's coverage, its gaps with their severity,
 * step titles and company, and the unanchored process steps. Gaps stay in column order, so a lane
 * reads as the journey it is.
 */
export function describeCoverage(map: JourneyMap, analysis: CoverageAnalysis): string {
  const stepsById = new Map(map.steps.map((step) => [step.id, step]));
  const lanesById = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const titleOf = (id: string): string => stepsById.get(id)?.title || id;
  const lines: string[] = [map.title || 'Untitled map'];

  if (analysis.lanes.length === 0) lines.push('', 'No journey lane yet: add one to see what the organisation covers.');
  for (const lane of analysis.lanes) {
    lines.push('');
    if (lane.coverage === null) {
      lines.push(`${lane.title || lane.laneId}: no steps yet`);
      continue;
    }
    lines.push(`${lane.title || lane.laneId}: ${formatCoverage(lane.coverage)} covered (${lane.covered} of ${stepCountLabel(lane.steps)})`);
    if (lane.gaps.length === 0) lines.push('  No gaps: the organisation accompanies every step.');
    for (const gap of lane.gaps) {
      lines.push(
        `  ${gapKindLabel(gap.kind)} (${columnRange(gap.fromColumn, gap.toColumn)}, ${stepCountLabel(gap.stepIds.length)}, severity ${formatSeverity(gap.severity)}): ${gap.stepIds.map(titleOf).join('; ')}`,
      );
      if (gap.accompaniedBy.length > 0) lines.push(`    accompanied by: ${gap.accompaniedBy.map(titleOf).join('; ')}`);
    }
  }

  lines.push('');
  const unanchored = analysis.unanchoredProcessStepIds;
  if (unanchored.length === 0) lines.push('Unanchored process steps: none.');
  else {
    lines.push(`Unanchored process steps (${unanchored.length}), inside-out work the customer never meets:`);
    for (const id of unanchored) {
      const step = stepsById.get(id);
      const lane = step ? lanesById.get(step.laneId) : undefined;
      lines.push(`  ${titleOf(id)} (${lane?.title || step?.laneId}, ${step ? columnRange(step.column, step.column + step.span - 1) : ''})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
