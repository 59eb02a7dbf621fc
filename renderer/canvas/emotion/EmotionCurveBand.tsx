import { memo, useMemo } from 'react';
import { Circle, Group, Line, Path, Rect, Text } from 'react-konva';
import { EMOTION_LEVELS, emotionY, withEmotion } from '../../../shared/layout/emotionCurve';
import type { EmotionCurveLayout, EmotionPoint } from '../../../shared/layout/mapLayout';
import { emotionLabel } from '../../../shared/words/emotionWords';
import { FONT_FAMILY, KIND_ACCENT, PALETTE } from '../../../shared/style/palette';
import { useEmotionDragStore, type EmotionDrag } from './emotionDragStore';

/** Props of the emotion curves' layer: the curves, and which map x range is on screen. */
export interface EmotionCurveLayerProps {
  readonly curves: readonly EmotionCurveLayout[];
  /** The drawn map x range (the visible part with some overscan): points and guides outside it are left out. */
  readonly left: number;
  readonly right: number;
  /** The map x just right of the frozen lane headers, where the scale's labels stay in view. */
  readonly stickyLeft: number;
}

const CURVE = KIND_ACCENT.journey;
const LOWEST = PALETTE.gap;
const LABEL_WIDTH = 28;
/** Points this far outside the drawn range are still drawn, so a ring is never cut at the edge. */
const POINT_OVERSCAN = 16;

/**
 * The emotion bands of the journey lanes that show one. A layer of its own, memoised, so dragging
 * a point repaints its band and nothing else.
 */
export const EmotionCurveLayer = memo(function EmotionCurveLayer({ curves, left, right, stickyLeft }: EmotionCurveLayerProps) {
  return curves.map((curve) => <EmotionCurveBand key={curve.laneId} curve={curve} left={left} right={right} stickyLeft={stickyLeft} />);
});

interface BandProps {
  readonly curve: EmotionCurveLayout;
  readonly left: number;
  readonly right: number;
  readonly stickyLeft: number;
}

/**
 * One band: faint guides at −2…+2 with their values, the smooth curve through the recorded
 * emotions, a point per step (hollow on the 0 line where none is recorded), the lowest points
 * filled with the warm accent and ringed, and the dragged point with its value.
 */
const EmotionCurveBand = memo(function EmotionCurveBand({ curve, left, right, stickyLeft }: BandProps) {
  const drag = useEmotionDragStore((state) => (state.drag?.laneId === curve.laneId ? state.drag : null));
  const dragStepId = drag?.stepId;
  const dragEmotion = drag?.emotion;
  // While a point is in the hand the curve already runs through the value it would be let go at.
  const shown = useMemo(() => (dragStepId === undefined ? curve : withEmotion(curve, dragStepId, dragEmotion ?? null)), [curve, dragStepId, dragEmotion]);
  const { band } = shown;
  const from = Math.max(band.x, left);
  const to = Math.min(band.x + band.width, right);
  const lowest = new Set(shown.lowest);
  const labelX = Math.max(band.x, stickyLeft) + 6;
  const points = shown.points.filter((point) => point.x >= left - POINT_OVERSCAN && point.x <= right + POINT_OVERSCAN && point.stepId !== dragStepId);
  return (
    <Group>
      <Rect x={from} y={band.y} width={Math.max(0, to - from)} height={band.height} fill="#fbfbf9" />
      <Rect x={from} y={band.y} width={Math.max(0, to - from)} height={1} fill={PALETTE.gridLine} />
      {EMOTION_LEVELS.map((level) => {
        const y = emotionY(band, level);
        return (
          <Line
            key={level}
            points={[from, y, to, y]}
            stroke={level === 0 ? PALETTE.laneDivider : PALETTE.gridLine}
            strokeWidth={1}
            dash={level === 0 ? undefined : [3, 5]}
          />
        );
      })}
      <Path data={shown.path} stroke={CURVE} strokeWidth={3} lineCap="round" lineJoin="round" />
      {points.map((point) => (
        <CurvePoint key={point.stepId} point={point} lowest={lowest.has(point.stepId)} />
      ))}
      {drag && <DraggedPoint drag={drag} x={shown.points.find((point) => point.stepId === drag.stepId)?.x ?? 0} lowest={lowest.has(drag.stepId)} />}
      <Rect x={labelX - 4} y={band.y + 2} width={LABEL_WIDTH} height={band.height - 4} fill="#fbfbf9" opacity={0.85} />
      {EMOTION_LEVELS.map((level) => (
        <Text
          key={level}
          x={labelX - 4}
          y={emotionY(band, level) - 7}
          width={LABEL_WIDTH - 4}
          height={14}
          align="right"
          verticalAlign="middle"
          text={emotionLabel(level)}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          fill={level === 0 ? PALETTE.mutedInk : PALETTE.faintInk}
        />
      ))}
    </Group>
  );
});

function CurvePoint({ point, lowest }: { readonly point: EmotionPoint; readonly lowest: boolean }) {
  if (point.emotion === null) return <Circle x={point.x} y={point.y} radius={4.5} fill="#fbfbf9" stroke={PALETTE.faintInk} strokeWidth={1.5} opacity={0.7} />;
  if (lowest) {
    return (
      <>
        <Circle x={point.x} y={point.y} radius={10} stroke={LOWEST} strokeWidth={1.5} opacity={0.55} />
        <Circle x={point.x} y={point.y} radius={6} fill={LOWEST} stroke="#ffffff" strokeWidth={1.5} />
      </>
    );
  }
  return <Circle x={point.x} y={point.y} radius={5.5} fill="#ffffff" stroke={CURVE} strokeWidth={2.5} />;
}

/** The point in the hand, at the pointer's height, with the whole value it snaps to beside it. */
function DraggedPoint({ drag, x, lowest }: { readonly drag: EmotionDrag; readonly x: number; readonly lowest: boolean }) {
  const text = emotionLabel(drag.emotion);
  return (
    <>
      <Circle x={x} y={drag.y} radius={7} fill={lowest ? LOWEST : CURVE} stroke="#ffffff" strokeWidth={2} shadowColor="#000000" shadowOpacity={0.18} shadowBlur={4} />
      <Group x={x + 14} y={drag.y - 11}>
        <Rect width={30} height={22} cornerRadius={4} fill={PALETTE.ink} opacity={0.9} />
        <Text width={30} height={22} align="center" verticalAlign="middle" text={text} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="600" fill="#ffffff" />
      </Group>
    </>
  );
}
