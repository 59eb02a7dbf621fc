import type { JourneyMap } from '../../model/journeyMap';
import type { Opportunity, OpportunityStatus } from '../../model/opportunity';
import { gapKindLabel } from '../../words/gapKindWords';
import { STATUS_WORDS } from '../../words/statusWords';
import { longDate } from '../longDate';
import { columnsLabel, stepColumnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** An opportunity as the report lists it. */
export interface OpportunityRow {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** What it acts on, such as `Before gap: Storm damages the roof … Looks up the policy (columns 1–3)`. */
  readonly target: string;
  readonly owner: string;
  readonly status: OpportunityStatus;
  readonly statusLabel: string;
  readonly due: string;
}

/** Shown where an opportunity leaves a field empty. */
const NOT_SET = '—';

/** The opportunities in map order, each with its target, owner, status and due date in words. */
export function opportunitiesSection(map: JourneyMap, index: ReportIndex): OpportunityRow[] {
  return (map.opportunities ?? []).map(
    (opportunity): OpportunityRow => ({
      id: opportunity.id,
      title: opportunity.title,
      ...(opportunity.description ? { description: opportunity.description } : {}),
      target: targetOf(opportunity, index),
      owner: opportunity.owner || NOT_SET,
      status: opportunity.status,
      statusLabel: STATUS_WORDS[opportunity.status],
      due: opportunity.due ? longDate(opportunity.due) : NOT_SET,
    }),
  );
}

/** What an opportunity acts on: its step, or the gap that holds its step now (gaps are computed, so one may have closed). */
function targetOf({ target }: Opportunity, { stepsById, titleOf, gapOfStep }: ReportIndex): string {
  if (!target) return 'Target removed';
  const step = stepsById.get(target.stepId);
  const stepTitle = titleOf(target.stepId);
  if (target.kind === 'step') return `Step: ${stepTitle}${step ? ` (column ${stepColumnsLabel(step)})` : ''}`;
  const gap = gapOfStep.get(target.stepId);
  if (!gap) return `Gap at ${stepTitle}, now covered`;
  const first = titleOf(gap.stepIds[0]!);
  const last = titleOf(gap.stepIds[gap.stepIds.length - 1]!);
  const steps = gap.stepIds.length === 1 ? first : `${first} … ${last}`;
  const where = gap.fromColumn === gap.toColumn ? 'column' : 'columns';
  return `${gapKindLabel(gap.kind)} gap: ${steps} (${where} ${columnsLabel(gap.fromColumn, gap.toColumn)})`;
}
