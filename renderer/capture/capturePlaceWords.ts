import type { CapturePlace } from '../../shared/edit/capture';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { shortened } from '../../shared/words/shortened';

const named = (text: string): string => `“${shortened(text, 40) || 'Untitled'}”`;

/** Where the capture bar's line will go, said under it while it is typed: "Next: a journey step after “Calls the insurer”". */
export function capturePlaceWords(map: JourneyMap, place: CapturePlace): string {
  if (place.kind === 'note') return 'Next: a note in the parking lot';
  const titleOf = (stepId: string | null): string | null => (stepId ? (map.steps.find((step) => step.id === stepId)?.title ?? null) : null);
  if (place.kind === 'journey') {
    const after = titleOf(place.afterStepId);
    if (after !== null) return `Next: a journey step after ${named(after)}`;
    return place.laneId ? `Next: the first step of ${named(place.laneTitle)}` : 'Next: the first step of a new journey lane';
  }
  const lane = place.laneId ? `in ${named(place.laneTitle)}` : `in a new ${place.kind} lane ${named(place.laneTitle)}`;
  const under = titleOf(place.underStepId);
  return `Next: a ${place.kind} step ${lane}${under !== null ? `, under ${named(under)}` : ''}`;
}
