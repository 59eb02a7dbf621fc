import type { JourneyMap } from '../model/journeyMap';
import { EMOTION_MAX, EMOTION_MIN } from '../model/stepDetails';

/**
 * Sets how the customer feels at a step, an integer from −2 to +2; null removes the feeling, so
 * the file carries only what the team recorded. A value out of range or not whole, an unknown
 * step, or the value it already has returns the same map (no undo step).
 */
export function setEmotion(map: JourneyMap, stepId: string, emotion: number | null): JourneyMap {
  if (emotion !== null && !(Number.isInteger(emotion) && emotion >= EMOTION_MIN && emotion <= EMOTION_MAX)) return map;
  const index = map.steps.findIndex((step) => step.id === stepId);
  const step = map.steps[index];
  if (!step || (step.emotion ?? null) === emotion) return map;
  const { emotion: _old, ...rest } = step;
  const steps = map.steps.slice();
  steps[index] = emotion === null ? rest : { ...rest, emotion };
  return { ...map, steps };
}

/**
 * Shows or hides the emotion curve under a journey lane. Hiding removes the field rather than
 * writing `false`, and leaves the steps' emotions as they are; other lane kinds have no curve.
 */
export function setEmotionCurveShown(map: JourneyMap, laneId: string, shown: boolean): JourneyMap {
  const index = map.lanes.findIndex((lane) => lane.id === laneId);
  const lane = map.lanes[index];
  if (!lane || lane.kind !== 'journey' || (lane.showEmotionCurve === true) === shown) return map;
  const { showEmotionCurve: _old, ...rest } = lane;
  const lanes = map.lanes.slice();
  lanes[index] = shown ? { ...rest, showEmotionCurve: true } : rest;
  return { ...map, lanes };
}
