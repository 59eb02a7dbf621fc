import { EMOTION_LEVELS, emotionY } from '../../shared/layout/emotionCurve';
import type { EmotionCurveLayout } from '../../shared/layout/mapLayout';
import { emotionLabel } from '../../shared/words/emotionWords';
import { PALETTE } from '../../shared/style/palette';
import type { TextStyle } from '../../shared/style/textStyle';
import { baselineAt } from './svgText';

/** As large as the smallest text of the map, so it prints at 7 pt at the least. */
const LEVEL_LABEL: TextStyle = { size: 11, weight: 400 };

/**
 * A journey lane's emotion band in the printed map, from the same layout as the canvas: guides at
 * −2…+2 with their values at the tile's left edge, the smooth curve through the recorded emotions,
 * a point per recorded step, the lowest filled dark and ringed, so it reads in greyscale too.
 * Steps without an emotion have no point on paper (the canvas's hollow handles are for editing).
 */
export function SvgEmotionBand({ curve, left, right }: { readonly curve: EmotionCurveLayout; readonly left: number; readonly right: number }) {
  const { band } = curve;
  const from = Math.max(band.x, left);
  const to = Math.min(band.x + band.width, right);
  const lowest = new Set(curve.lowest);
  return (
    <g className="map-emotion" data-lane-id={curve.laneId}>
      <rect x={from} y={band.y} width={to - from} height={1} fill={PALETTE.gridLine} />
      {EMOTION_LEVELS.map((level) => (
        <line
          key={level}
          x1={from}
          x2={to}
          y1={emotionY(band, level)}
          y2={emotionY(band, level)}
          stroke={level === 0 ? PALETTE.mutedInk : PALETTE.gridLine}
          strokeWidth={level === 0 ? 0.8 : 1}
          strokeDasharray={level === 0 ? undefined : '3 4'}
        />
      ))}
      {curve.path !== '' && <path className="map-emotion-curve" d={curve.path} fill="none" stroke={PALETTE.ink} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />}
      {curve.points.map((point) =>
        point.emotion === null ? null : lowest.has(point.stepId) ? (
          <g key={point.stepId} className="map-emotion-lowest" data-step-id={point.stepId}>
            <circle cx={point.x} cy={point.y} r={9} fill="none" stroke={PALETTE.gapInk} strokeWidth={1} />
            <circle cx={point.x} cy={point.y} r={5.5} fill={PALETTE.gapInk} stroke="#ffffff" strokeWidth={1.5} />
          </g>
        ) : (
          <circle key={point.stepId} className="map-emotion-point" data-step-id={point.stepId} cx={point.x} cy={point.y} r={4} fill="#ffffff" stroke={PALETTE.ink} strokeWidth={1.6} />
        ),
      )}
      <rect x={from + 4} y={band.y + 2} width={26} height={band.height - 4} fill="#ffffff" fillOpacity={0.85} />
      {EMOTION_LEVELS.map((level) => (
        <text key={level} x={from + 8} y={baselineAt(emotionY(band, level), LEVEL_LABEL)} fontSize={LEVEL_LABEL.size} fill={level === 0 ? PALETTE.mutedInk : PALETTE.faintInk}>
          {emotionLabel(level)}
        </text>
      ))}
    </g>
  );
}
