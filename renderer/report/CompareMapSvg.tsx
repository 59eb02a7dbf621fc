import type { CompareLayout, GapMark, StepMark } from '../../shared/layout/compareLayout';
import type { EmotionCurveLayout, Rect } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';
import type { TextStyle } from '../../shared/style/textStyle';
import { stepChangeLabel } from '../../shared/words/changeWords';
import { GAP_LOOK, STEP_LOOK } from '../../shared/style/changeLook';
import { measureText } from '../theme/measureText';
import { MapSvg } from './MapSvg';
import { SvgEmotionBand } from './SvgEmotionBand';
import { baselineAt } from './svgText';

const BADGE_TEXT: TextStyle = { size: 11, weight: 600 };
const BADGE_HEIGHT = 17;
const BADGE_PADDING = 6;

/** Props of the compare map: its layout, and which change (of `view.stops`) has the keyboard's ring. */
export interface CompareMapSvgProps {
  readonly view: CompareLayout;
  readonly focused?: number | null;
  /** Drawn at this width (the height follows); its own size when absent. */
  readonly width?: number;
  readonly idPrefix?: string;
}

/**
 * One map showing what changed between two (shared/layout/compareLayout.ts): the map after as the
 * report draws it, the removed cards ghosted with a dashed edge, each changed card outlined and
 * badged (+ Added, − Removed, → Moved, ◆ Changed), each gap closed, opened or changed outlined and
 * named, and per journey lane the emotion curve after (solid, round points) over the curve before
 * (dashed, square points). The canvas of the compare view and the report's What changed both paint it.
 */
export function CompareMapSvg({ view, focused = null, width, idPrefix = 'compare' }: CompareMapSvgProps) {
  const { layout } = view;
  const shownWidth = width ?? layout.width;
  const scale = shownWidth / layout.width;
  const ring = focused === null ? null : view.stops[focused]?.rect;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="compare-map"
      role="img"
      aria-label={`What changed on the map “${view.map.title}”`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={shownWidth}
      height={layout.height * scale}
      fontFamily={FONT_FAMILY}
    >
      <MapSvg layout={layout} map={view.map} analysis={view.analysis} idPrefix={idPrefix} />
      {view.emotions.map((pair) => (
        <g key={pair.laneId} className="compare-emotion" data-lane-id={pair.laneId}>
          <SvgEmotionBand curve={pair.after} left={layout.axis.x} right={layout.width} />
          <BeforeCurve curve={pair.before} />
          <CurveLegend band={pair.after.band} right={layout.width} />
        </g>
      ))}
      {view.gaps.map((mark) => (
        <GapOutline key={`${mark.kind}:${mark.laneId}:${mark.rect.x}`} mark={mark} />
      ))}
      {view.steps.map((mark) => (
        <StepOutline key={mark.stepId} mark={mark} />
      ))}
      {ring && <rect className="compare-focus" x={ring.x - 6} y={ring.y - 6} width={ring.width + 12} height={ring.height + 12} rx={8} fill="none" stroke={PALETTE.selection} strokeWidth={3} />}
    </svg>
  );
}

/** The curve before: dashed and muted, its points squares, so it reads apart from the solid curve after in greyscale too. */
function BeforeCurve({ curve }: { readonly curve: EmotionCurveLayout }) {
  return (
    <g className="compare-emotion-before">
      {curve.path !== '' && <path d={curve.path} fill="none" stroke={PALETTE.mutedInk} strokeWidth={1.6} strokeDasharray="6 4" />}
      {curve.points.map((point) => (point.emotion === null ? null : <rect key={point.stepId} x={point.x - 3.5} y={point.y - 3.5} width={7} height={7} fill="#ffffff" stroke={PALETTE.mutedInk} strokeWidth={1.4} />))}
    </g>
  );
}

function CurveLegend({ band, right }: { readonly band: Rect; readonly right: number }) {
  const y = band.y + 14;
  const x = right - 190;
  return (
    <g className="compare-emotion-legend" fontSize={11} fill={PALETTE.mutedInk}>
      <rect x={x - 8} y={y - 10} width={186} height={20} fill="#ffffff" fillOpacity={0.9} />
      <line x1={x} x2={x + 22} y1={y} y2={y} stroke={PALETTE.ink} strokeWidth={2} />
      <text x={x + 28} y={baselineAt(y, BADGE_TEXT)}>
        after
      </text>
      <line x1={x + 78} x2={x + 100} y1={y} y2={y} stroke={PALETTE.mutedInk} strokeWidth={1.6} strokeDasharray="6 4" />
      <text x={x + 106} y={baselineAt(y, BADGE_TEXT)}>
        before
      </text>
    </g>
  );
}

function Badge({ x, y, words, stroke }: { readonly x: number; readonly y: number; readonly words: string; readonly stroke: string }) {
  const width = measureText(words, BADGE_TEXT) + BADGE_PADDING * 2;
  return (
    <g className="compare-badge">
      <rect x={x} y={y} width={width} height={BADGE_HEIGHT} rx={BADGE_HEIGHT / 2} fill="#ffffff" stroke={stroke} strokeWidth={1.5} />
      <text x={x + BADGE_PADDING} y={baselineAt(y + BADGE_HEIGHT / 2, BADGE_TEXT)} fontSize={BADGE_TEXT.size} fontWeight={BADGE_TEXT.weight} fill={PALETTE.ink}>
        {words}
      </text>
    </g>
  );
}

function StepOutline({ mark }: { readonly mark: StepMark }) {
  const { box, kinds } = mark;
  const look = STEP_LOOK[kinds[0]!];
  const words = kinds.map((kind) => `${STEP_LOOK[kind].glyph} ${stepChangeLabel(kind)}`).join('  ');
  return (
    <g className="compare-step" data-step-id={mark.stepId} data-change={kinds.join(' ')}>
      {kinds.includes('removed') && <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} fill="#ffffff" fillOpacity={0.6} />}
      <rect x={box.x - 2} y={box.y - 2} width={box.width + 4} height={box.height + 4} rx={7} fill="none" stroke={look.stroke} strokeWidth={2} strokeDasharray={look.dash} />
      <Badge x={box.x + 6} y={box.y - BADGE_HEIGHT / 2 - 1} words={words} stroke={look.stroke} />
    </g>
  );
}

function GapOutline({ mark }: { readonly mark: GapMark }) {
  const look = GAP_LOOK[mark.kind];
  const { rect } = mark;
  return (
    <g className="compare-gap" data-change={mark.kind}>
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={4} fill="none" stroke={look.stroke} strokeWidth={2.5} strokeDasharray={look.dash} />
      {mark.kind === 'closed' && <Badge x={rect.x + 8} y={rect.y + rect.height - BADGE_HEIGHT - 4} words={`${look.glyph} Gap closed · ${mark.detail}`} stroke={look.stroke} />}
    </g>
  );
}
