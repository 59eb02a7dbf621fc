import { leastOf } from '../../model/extremes';
import type { JourneyMap } from '../../model/journeyMap';
import type { ReportIndex } from './reportIndex';

/** A journey step on the emotion curve. */
export interface EmotionPoint {
  readonly stepId: string;
  readonly title: string;
  /** Position among the lane's ordered steps, from 0. */
  readonly index: number;
  /** −2 … +2. */
  readonly emotion: number;
  /** One of the lane's lowest points. */
  readonly lowest: boolean;
}

/** A journey step along the emotion curve's axis. */
export interface EmotionAxisStep {
  readonly title: string;
  /** The organisation is not with the customer here. */
  readonly inGap: boolean;
}

/** A journey lane's emotion curve: every step along the axis, the points where an emotion is set. */
export interface EmotionCurve {
  readonly laneId: string;
  readonly laneTitle: string;
  readonly steps: readonly EmotionAxisStep[];
  readonly points: readonly EmotionPoint[];
}

/** The emotion curves: one per journey lane with at least one emotion set, its lowest points marked. */
export function emotionSection(map: JourneyMap, { gapOfStep, orderedOfLane }: ReportIndex): EmotionCurve[] {
  return map.lanes.flatMap((lane): EmotionCurve[] => {
    if (lane.kind !== 'journey') return [];
    const ordered = orderedOfLane.get(lane.id)!;
    const set = ordered.flatMap((step, index) => (typeof step.emotion === 'number' ? [{ step, index, emotion: step.emotion }] : []));
    if (set.length === 0) return [];
    const lowest = leastOf(set, (point) => point.emotion);
    return [
      {
        laneId: lane.id,
        laneTitle: lane.title || lane.id,
        steps: ordered.map((step) => ({ title: step.title, inGap: gapOfStep.has(step.id) })),
        points: set.map(({ step, index, emotion }) => ({ stepId: step.id, title: step.title, index, emotion, lowest: emotion === lowest })),
      },
    ];
  });
}
