import { leastOf } from '../model/extremes';
import { EMOTION_MAX, EMOTION_MIN } from '../model/stepDetails';
import { smoothCurvePath } from './smoothCurve';
import { contains, type Point } from './geometry';
import type { EmotionCurveLayout, EmotionPoint, MapLayout, Rect } from './mapLayout';

/** The emotions a band has a guide for, top (+2) to bottom (−2). */
export const EMOTION_LEVELS: readonly number[] = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, index) => EMOTION_MAX - index);

/** Room above +2 and below −2 inside the band, so a point and its ring are never cut by the band's edge. */
export const EMOTION_BAND_PADDING = 14;

/** The y of an emotion inside a band: +2 at the top, −2 at the bottom. */
export function emotionY(band: Rect, emotion: number): number {
  const range = band.height - 2 * EMOTION_BAND_PADDING;
  return band.y + EMOTION_BAND_PADDING + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * range;
}

/** The whole emotion nearest to a y in a band, clamped to −2…+2: where a dragged point snaps. */
export function emotionAtY(band: Rect, y: number): number {
  const range = band.height - 2 * EMOTION_BAND_PADDING;
  const exact = EMOTION_MAX - ((y - band.y - EMOTION_BAND_PADDING) / range) * (EMOTION_MAX - EMOTION_MIN);
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(exact))) + 0;
}

/** A step as the curve needs it: where its card's centre is, and its feeling. */
export interface EmotionEntry {
  readonly stepId: string;
  readonly x: number;
  readonly emotion: number | null;
}

/**
 * A lane's emotion curve from its steps (in column order): every step gets a point, but the path
 * joins only the steps with an emotion, so a step nobody judged does not pull the line to 0.
 */
export function emotionCurve(laneId: string, band: Rect, entries: readonly EmotionEntry[]): EmotionCurveLayout {
  const points: EmotionPoint[] = entries.map((entry) => ({ ...entry, y: emotionY(band, entry.emotion ?? 0) }));
  const recorded = points.filter((point) => point.emotion !== null);
  const minimum = leastOf(recorded, (point) => point.emotion!);
  return {
    laneId,
    band,
    points,
    path: smoothCurvePath(recorded),
    lowest: recorded.filter((point) => point.emotion === minimum).map((point) => point.stepId),
  };
}

/** The same curve with one step's emotion changed: what a drag shows before it is let go. */
export function withEmotion(curve: EmotionCurveLayout, stepId: string, emotion: number | null): EmotionCurveLayout {
  return emotionCurve(
    curve.laneId,
    curve.band,
    curve.points.map(({ stepId: id, x, emotion: old }) => ({ stepId: id, x, emotion: id === stepId ? emotion : old })),
  );
}

/** The emotion band under a point, or null. */
export function emotionBandAt(layout: Pick<MapLayout, 'emotionCurves'>, point: Point): EmotionCurveLayout | null {
  return layout.emotionCurves.find((curve) => contains(curve.band, point)) ?? null;
}

/** The point of an emotion curve within `reach` of a map point (the nearest one), with its curve; null when none is that near. */
export function emotionPointAt(
  layout: Pick<MapLayout, 'emotionCurves'>,
  at: Point,
  reach: number,
): { readonly curve: EmotionCurveLayout; readonly point: EmotionPoint } | null {
  let best: { curve: EmotionCurveLayout; point: EmotionPoint; distance: number } | null = null;
  for (const curve of layout.emotionCurves) {
    const { band } = curve;
    if (at.y < band.y - reach || at.y > band.y + band.height + reach) continue;
    for (const point of curve.points) {
      const distance = Math.hypot(point.x - at.x, point.y - at.y);
      if (distance <= reach && (!best || distance < best.distance)) best = { curve, point, distance };
    }
  }
  return best && { curve: best.curve, point: best.point };
}
