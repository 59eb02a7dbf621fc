import type { CoverageAnalysis, Gap } from '../../analysis/coverage';
import { orderSteps } from '../../analysis/orderSteps';
import type { JourneyMap, Step } from '../../model/journeyMap';

/** What several sections of the report look up in the map and its analysis, worked out once per report. */
export interface ReportIndex {
  readonly stepsById: ReadonlyMap<string, Step>;
  /** A step's title, or its id while it has none (or when no step has that id). */
  readonly titleOf: (stepId: string) => string;
  /** The gap that holds each journey step of a gap. */
  readonly gapOfStep: ReadonlyMap<string, Gap>;
  /** Every lane's steps in column order. */
  readonly orderedOfLane: ReadonlyMap<string, readonly Step[]>;
}

/** Indexes a map and its analysis for the section builders. */
export function reportIndex(map: JourneyMap, analysis: CoverageAnalysis): ReportIndex {
  const stepsById = new Map(map.steps.map((step) => [step.id, step]));
  const gapOfStep = new Map<string, Gap>();
  for (const lane of analysis.lanes) for (const gap of lane.gaps) for (const id of gap.stepIds) gapOfStep.set(id, gap);
  const stepsOfLane = new Map<string, Step[]>(map.lanes.map((lane) => [lane.id, []]));
  for (const step of map.steps) stepsOfLane.get(step.laneId)?.push(step);
  const orderedOfLane = new Map(map.lanes.map((lane) => [lane.id, orderSteps(stepsOfLane.get(lane.id)!)]));
  return { stepsById, titleOf: (id) => stepsById.get(id)?.title || id, gapOfStep, orderedOfLane };
}
