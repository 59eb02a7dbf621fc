import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap, LaneKind, Step } from '../../model/journeyMap';
import { emotionLabel } from '../../words/emotionWords';
import { EVIDENCE_WORDS } from '../../words/evidenceWords';
import { gapKindLabel } from '../../words/gapKindWords';
import { stepColumnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** One method field of a step, such as `Channels: phone, web`. */
export interface StepDetail {
  readonly label: string;
  readonly value: string;
}

/** How a step stands: a covered journey step, one in a gap, an unanchored process step, or nothing to say. */
export type StepStanding = 'touchpoint' | 'gap' | 'unanchored' | 'anchored' | 'none';

/** A row of the step table. */
export interface StepRow {
  readonly stepId: string;
  readonly columns: string;
  readonly title: string;
  readonly standing: StepStanding;
  /** The standing in words: `Touchpoint`, `Gap: Before`, `Inside-out`… empty for context steps. */
  readonly standingLabel: string;
  readonly details: readonly StepDetail[];
}

/** One lane of the full step table. */
export interface LaneTable {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly title: string;
  readonly rows: readonly StepRow[];
}

/** The full step table: every lane in map order, its steps in column order with their standing and method fields. */
export function stepTableSection(map: JourneyMap, analysis: CoverageAnalysis, { gapOfStep, orderedOfLane }: ReportIndex): LaneTable[] {
  const unanchoredIds = new Set(analysis.unanchoredProcessStepIds);
  const standingOf = (step: Step, kind: LaneKind): Pick<StepRow, 'standing' | 'standingLabel'> => {
    if (kind === 'journey') {
      const gap = gapOfStep.get(step.id);
      return gap ? { standing: 'gap', standingLabel: `Gap: ${gapKindLabel(gap.kind)}` } : { standing: 'touchpoint', standingLabel: 'Touchpoint' };
    }
    if (kind === 'process') {
      return unanchoredIds.has(step.id) ? { standing: 'unanchored', standingLabel: 'Inside-out' } : { standing: 'anchored', standingLabel: 'Meets the journey' };
    }
    return { standing: 'none', standingLabel: '' };
  };
  return map.lanes.map(
    (lane): LaneTable => ({
      laneId: lane.id,
      kind: lane.kind,
      title: lane.title || lane.id,
      rows: orderedOfLane.get(lane.id)!.map((step) => ({
        stepId: step.id,
        columns: stepColumnsLabel(step),
        title: step.title,
        ...standingOf(step, lane.kind),
        details: detailsOf(step),
      })),
    }),
  );
}

/** The method fields a step carries, in the order the step table prints them. */
function detailsOf(step: Step): StepDetail[] {
  const details: StepDetail[] = [];
  const add = (label: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') details.push({ label, value });
  };
  if (typeof step.emotion === 'number') add('Emotion', emotionLabel(step.emotion));
  if (step.momentThatMatters) add('Moment that matters', 'yes');
  if (step.evidence) add('Evidence', EVIDENCE_WORDS[step.evidence]);
  if (step.channels && step.channels.length > 0) add('Channels', step.channels.join(', '));
  if (step.data) {
    if (typeof step.data.customersPerMonth === 'number') add('Customers a month', step.data.customersPerMonth.toLocaleString('en-GB'));
    add('Duration', step.data.duration);
    if (typeof step.data.satisfaction === 'number') add('Satisfaction', `${step.data.satisfaction}/10`);
  }
  add('Owner', step.owner);
  add('System', step.system);
  add('Takes', step.duration);
  return details;
}
