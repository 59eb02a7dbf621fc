import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/stepDetails';
import type { EmotionCurve } from '../../../shared/report/sections/emotionSection';
import { smoothCurvePath } from '../../../shared/layout/smoothCurve';
import { emotionLabel } from '../../../shared/words/emotionWords';
import { PALETTE } from '../../../shared/style/palette';
import { SectionHeader } from './SectionHeader';

/** Room left of the plot for the emotion scale. */
const SCALE_WIDTH = 84;
const PLOT_HEIGHT = 190;
const TOP = 14;
const BOTTOM = 14;
/** Below this width per step the axis numbers the steps instead of naming them. */
const MIN_NAMED_SLOT = 52;
const LEVEL_WORDS: Readonly<Record<number, string>> = { 2: 'delighted', 0: 'neutral', [-2]: 'distressed' };

/** The customer's feeling along each journey lane that records one, as a smooth line from −2 to +2. */
export function EmotionSection({ curves, width }: { readonly curves: readonly EmotionCurve[]; readonly width: number }) {
  return (
    <div className="section-block">
      <SectionHeader eyebrow="Emotion" title="How the customer feels along the journey" />
      <p className="section-lead">
        From −2 (distressed) to +2 (delighted) at each journey step where the team recorded it. Hatched columns are the gaps, where the
        organisation is not there; the lowest points are filled and named in bold.
      </p>
      {curves.map((curve) => (
        <EmotionChart key={curve.laneId} curve={curve} width={width} titled={curves.length > 1} />
      ))}
    </div>
  );
}

function EmotionChart({ curve, width, titled }: { readonly curve: EmotionCurve; readonly width: number; readonly titled: boolean }) {
  const plotWidth = width - SCALE_WIDTH;
  const count = curve.steps.length;
  const slot = plotWidth / count;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const xOf = (index: number): number => SCALE_WIDTH + slot * (index + 0.5);
  const yOf = (emotion: number): number => TOP + ((EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)) * PLOT_HEIGHT;
  const levels = Array.from({ length: EMOTION_MAX - EMOTION_MIN + 1 }, (_, i) => EMOTION_MAX - i);
  const named = slot >= MIN_NAMED_SLOT;
  const hatchId = `emotion-gap-${curve.laneId}`;
  const path = smoothCurvePath(curve.points.map((point) => ({ x: xOf(point.index), y: yOf(point.emotion) })));
  const lowestIndexes = new Set(curve.points.filter((point) => point.lowest).map((point) => point.index));

  return (
    <figure className="emotion-chart">
      {titled && <h3 className="subsection-title">{curve.laneTitle}</h3>}
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Emotion curve of ${curve.laneTitle}`}>
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f8ede8" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PALETTE.gap} strokeWidth="1" strokeOpacity="0.45" />
          </pattern>
        </defs>
        {curve.steps.map((step, index) =>
          step.inGap ? <rect key={index} x={SCALE_WIDTH + slot * index} y={TOP} width={slot} height={PLOT_HEIGHT} fill={`url(#${hatchId})`} /> : null,
        )}
        {levels.map((level) => (
          <g key={level}>
            <line
              x1={SCALE_WIDTH}
              x2={width}
              y1={yOf(level)}
              y2={yOf(level)}
              stroke={level === 0 ? PALETTE.mutedInk : PALETTE.gridLine}
              strokeWidth={level === 0 ? 0.8 : 0.6}
              strokeDasharray={level === 0 ? undefined : '2 3'}
            />
            <text x={SCALE_WIDTH - 8} y={yOf(level) + 3.5} textAnchor="end" fontSize="10" fill={PALETTE.ink}>
              {emotionLabel(level)}
            </text>
            {LEVEL_WORDS[level] && (
              <text x={0} y={yOf(level) + 3.5} fontSize="9.5" fill={PALETTE.mutedInk}>
                {LEVEL_WORDS[level]}
              </text>
            )}
          </g>
        ))}
        {curve.steps.map((_, index) => (
          <line key={index} x1={xOf(index)} x2={xOf(index)} y1={TOP + PLOT_HEIGHT} y2={TOP + PLOT_HEIGHT + 4} stroke={PALETTE.faintInk} strokeWidth="0.6" />
        ))}
        <path d={path} fill="none" stroke={PALETTE.ink} strokeWidth="1.8" strokeLinejoin="round" strokeLinecap="round" />
        {curve.points.map((point) =>
          point.lowest ? (
            <g key={point.stepId}>
              <circle cx={xOf(point.index)} cy={yOf(point.emotion)} r="6" fill={PALETTE.gapInk} stroke="#ffffff" strokeWidth="1.5" />
              <circle cx={xOf(point.index)} cy={yOf(point.emotion)} r="9" fill="none" stroke={PALETTE.gapInk} strokeWidth="0.8" />
            </g>
          ) : (
            <circle key={point.stepId} cx={xOf(point.index)} cy={yOf(point.emotion)} r="3.6" fill="#ffffff" stroke={PALETTE.ink} strokeWidth="1.4" />
          ),
        )}
      </svg>
      <div className="emotion-chart__labels" style={{ marginLeft: SCALE_WIDTH, gridTemplateColumns: `repeat(${count}, 1fr)` }}>
        {curve.steps.map((step, index) => (
          <span key={index} className={lowestIndexes.has(index) ? 'is-lowest' : undefined}>
            {named ? step.title : index + 1}
          </span>
        ))}
      </div>
      {!named && (
        <p className="emotion-chart__legend">
          Steps are numbered along the journey. Lowest: {curve.points.filter((point) => point.lowest).map((point) => `${point.index + 1}. ${point.title}`).join('; ')}
        </p>
      )}
    </figure>
  );
}
