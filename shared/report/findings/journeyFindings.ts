import type { CoverageAnalysis, Gap, LaneCoverage } from '../../analysis/coverage';
import { recordedTime } from '../../analysis/stepDuration';
import { reportPercent } from '../../words/figureWords';
import { timeSpanWords } from '../../words/durationWords';
import { gapKindPhrase } from '../../words/gapKindWords';
import { counted, quoted } from '../../words/listWords';
import type { ReportIndex } from '../sections/reportIndex';
import type { KeyFinding } from './keyFinding';

/**
 * One finding per journey lane with steps: the share of its steps the organisation accompanies,
 * and the longest stretch the customer spends without it (most steps; of equal length, the one
 * whose recorded time is longest; then the first).
 */
export function journeyFindings(analysis: CoverageAnalysis, index: ReportIndex): KeyFinding[] {
  const named = analysis.lanes.length > 1;
  return analysis.lanes.flatMap((lane): KeyFinding[] => {
    if (lane.coverage === null) return [];
    const journey = named ? `the ${quoted(lane.title || lane.laneId)} journey` : 'the journey';
    return [
      {
        topic: 'journey',
        label: named ? lane.title || lane.laneId : 'Coverage',
        figure: reportPercent(lane.coverage),
        headline: `The organisation accompanies the customer on ${lane.covered} of the ${counted(lane.steps, 'step')} of ${journey} (${reportPercent(lane.coverage)}).`,
        details: [longestStretch(lane, index)],
      },
    ];
  });
}

function longestStretch(lane: LaneCoverage, index: ReportIndex): string {
  if (lane.gaps.length === 0) return 'It is with the customer at every step.';
  const timed = lane.gaps.map((gap) => ({ gap, time: timeOf(gap, index) }));
  let longest = timed[0]!;
  for (const candidate of timed.slice(1)) {
    const more = candidate.gap.stepIds.length - longest.gap.stepIds.length;
    if (more > 0 || (more === 0 && (candidate.time.span?.most ?? 0) > (longest.time.span?.most ?? 0))) longest = candidate;
  }
  const { gap, time } = longest;
  const steps = gap.stepIds.length;
  if (gap.kind === 'entire') return `It never meets the customer: all ${counted(steps, 'step')} are theirs alone${timeWords(time, steps)}.`;
  const first = quoted(index.titleOf(gap.stepIds[0]!));
  const stretch = steps === 1 ? `1 step, ${first}` : `${counted(steps, 'step')}, from ${first} to ${quoted(index.titleOf(gap.stepIds.at(-1)!))}`;
  return `The longest stretch the customer spends without it comes ${gapKindPhrase(gap.kind)}: ${stretch}${timeWords(time, steps)}.`;
}

function timeOf(gap: Gap, { stepsById }: ReportIndex): ReturnType<typeof recordedTime> {
  return recordedTime(gap.stepIds.map((id) => stepsById.get(id)?.data?.duration));
}

// ", about 2–3 weeks" when every step's time is recorded; what is known, as a floor, when only some are.
function timeWords({ span, recorded }: ReturnType<typeof recordedTime>, steps: number): string {
  if (!span) return '';
  if (recorded === steps) return `, about ${timeSpanWords(span)}`;
  return `, at least ${timeSpanWords({ least: span.least, most: span.least })} (the time is recorded for ${recorded} of its ${steps} steps)`;
}
