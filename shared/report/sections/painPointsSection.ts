import type { JourneyMap } from '../../model/journeyMap';
import { stepColumnsLabel } from './columnsLabel';
import type { ReportIndex } from './reportIndex';

/** A step's pain points. */
export interface PainPointRow {
  readonly stepId: string;
  readonly laneTitle: string;
  readonly stepTitle: string;
  readonly columns: string;
  readonly painPoints: readonly string[];
}

/** The pain points, step by step in lane and column order; blank ones are left out, and steps with none. */
export function painPointsSection(map: JourneyMap, { orderedOfLane }: ReportIndex): PainPointRow[] {
  return map.lanes.flatMap((lane) =>
    orderedOfLane
      .get(lane.id)!
      .filter((step) => (step.painPoints ?? []).some((text) => text.trim() !== ''))
      .map(
        (step): PainPointRow => ({
          stepId: step.id,
          laneTitle: lane.title || lane.id,
          stepTitle: step.title,
          columns: stepColumnsLabel(step),
          painPoints: step.painPoints!.filter((text) => text.trim() !== ''),
        }),
      ),
  );
}
