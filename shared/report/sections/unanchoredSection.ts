import type { CoverageAnalysis } from '../../analysis/coverage';
import type { JourneyMap } from '../../model/journeyMap';
import { stepColumnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** A process step that shares no column with the customer's journey. */
export interface UnanchoredRow {
  readonly stepId: string;
  readonly laneTitle: string;
  readonly stepTitle: string;
  readonly columns: string;
}

/** The unanchored process steps, in file order, with their lanes and columns. */
export function unanchoredSection(map: JourneyMap, analysis: CoverageAnalysis, { stepsById }: ReportIndex): UnanchoredRow[] {
  const lanesById = new Map(map.lanes.map((lane) => [lane.id, lane]));
  return analysis.unanchoredProcessStepIds.flatMap((id): UnanchoredRow[] => {
    const step = stepsById.get(id);
    return step ? [{ stepId: id, laneTitle: lanesById.get(step.laneId)?.title || step.laneId, stepTitle: step.title, columns: stepColumnsLabel(step) }] : [];
  });
}
