import type { CoverageAnalysis, Gap } from '../../analysis/coverage';
import { gapsBySeverity } from '../../analysis/severity';
import { greatestOf } from '../../model/extremes';
import type { Step } from '../../model/journeyMap';
import { feelingWord } from '../../words/emotionWords';
import { formatSeverity } from '../../words/figureWords';
import { gapKindPhrase } from '../../words/gapKindWords';
import { counted, listWords, quoted } from '../../words/listWords';
import type { ReportIndex } from '../sections/reportIndex';
import type { KeyFinding } from './keyFinding';

/** How many of the most severe gaps the findings name. */
export const SEVERE_GAPS_NAMED = 3;
/** How many steps a sentence names before it says how many more. */
const NAMED_STEPS = 3;

const RANK_LABELS = ['Most severe gap', 'Second most severe gap', 'Third most severe gap'];

/**
 * The most severe gaps of the map, most severe first (equal ones in lane, then column order): the
 * steps, who is with the customer there, and why each weighs, in words rather than its score alone.
 */
export function gapFindings(analysis: CoverageAnalysis, index: ReportIndex): KeyFinding[] {
  const named = analysis.lanes.length > 1;
  const gaps = analysis.lanes.flatMap((lane) => lane.gaps.map((gap) => ({ gap, laneTitle: lane.title || lane.laneId })));
  return gapsBySeverity(gaps.map((entry) => ({ ...entry, severity: entry.gap.severity })))
    .slice(0, SEVERE_GAPS_NAMED)
    .map(({ gap, laneTitle }, rank): KeyFinding => ({
      topic: 'gap',
      label: RANK_LABELS[rank]!,
      figure: formatSeverity(gap.severity),
      headline: `${named ? `In ${quoted(laneTitle)}: ` : ''}${stretchWords(gap, index)}, ${gapKindPhrase(gap.kind)}.`,
      details: [companyWords(gap, index), ...weightWords(gap, index)],
    }));
}

/** The gap's steps by their titles: “A”; “A” and “B”; “A” to “D” (4 steps). */
function stretchWords(gap: Gap, { titleOf }: ReportIndex): string {
  const titles = gap.stepIds.map((id) => quoted(titleOf(id)));
  if (titles.length <= 2) return `${listWords(titles)} (${counted(titles.length, 'step')})`;
  return `${titles[0]} to ${titles.at(-1)} (${counted(titles.length, 'step')})`;
}

function companyWords(gap: Gap, { titleOf }: ReportIndex): string {
  const company = gap.accompaniedBy.map((id) => quoted(titleOf(id)));
  if (company.length === 0) return 'Nobody is with the customer there.';
  return `Only ${listWords(company, NAMED_STEPS)} ${company.length === 1 ? 'is' : 'are'} with the customer there.`;
}

/**
 * Why the gap weighs, one sentence per reason the severity counts: how the customer feels, the
 * moments that matter in it, how many customers go through it; or that only its length counts.
 */
function weightWords(gap: Gap, { stepsById }: ReportIndex): string[] {
  const steps = gap.stepIds.flatMap((id): Step[] => {
    const step = stepsById.get(id);
    return step ? [step] : [];
  });
  const reasons: string[] = [];
  const feelings = [-2, -1].flatMap((level) => {
    const at = steps.filter((step) => step.emotion === level).map((step) => quoted(step.title || step.id));
    return at.length === 0 ? [] : [`${feelingWord(level)} at ${listWords(at, NAMED_STEPS)}`];
  });
  if (feelings.length > 0) reasons.push(`The customer is ${feelings.join(' and ')}.`);
  const moments = steps.filter((step) => step.momentThatMatters === true).map((step) => quoted(step.title || step.id));
  if (moments.length === 1) reasons.push(`${moments[0]} is a moment that matters.`);
  if (moments.length > 1) reasons.push(`It holds ${moments.length} moments that matter: ${listWords(moments, NAMED_STEPS)}.`);
  const customers = steps.flatMap((step) => (typeof step.data?.customersPerMonth === 'number' && step.data.customersPerMonth > 0 ? [step.data.customersPerMonth] : []));
  if (customers.length > 0) {
    const most = greatestOf(customers, (count) => count);
    reasons.push(`${customers.length > 1 ? 'Up to ' : ''}${counted(most, 'customer')} a month ${most === 1 ? 'goes' : 'go'} through it.`);
  }
  if (reasons.length === 0) return [`It weighs by its length alone: no feeling, moment that matters or number of customers is recorded for its ${steps.length === 1 ? 'step' : 'steps'}.`];
  return reasons;
}
