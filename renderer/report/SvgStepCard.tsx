import type { CoverageMark } from '../../shared/analysis/coverageMarks';
import { cardStyle, type CardAccent, type CardMoment, type CardTag, type CardTitle } from '../../shared/layout/cardStyle';
import type { DotBadge } from '../../shared/layout/dotBadge';
import type { StepBox } from '../../shared/layout/mapLayout';
import { wrapText } from '../../shared/layout/wrapText';
import type { Step } from '../../shared/model/journeyMap';
import { measureText } from '../theme/measureText';
import { SvgTextLines } from './SvgTextLines';
import { baselineAt } from './svgText';

/** Props of one card of the SVG map. */
export interface SvgStepCardProps {
  readonly box: StepBox;
  /** The step itself, for the method's marks (moment that matters, evidence, pain points); absent for a box without a step. */
  readonly step: Step | undefined;
  readonly mark: CoverageMark | undefined;
  /** The dots the room placed on the step in the rounds revealed; none when left out. */
  readonly dots?: number;
}

/**
 * A step's card as SVG, translating the shared card style (shared/layout/cardStyle.ts) into
 * attributes: the outline, the lane kind's accent, the title wrapped into one <text>, the star
 * and the word tags. Paper never shows a selection.
 */
export function SvgStepCard({ box, step, mark, dots = 0 }: SvgStepCardProps) {
  const { outline, accent, title, moment, tags, dots: badge } = cardStyle({ box, step, mark, selected: false, dots: { count: dots, own: false } }, 'print', measureText);
  const { x, y } = box;
  return (
    <g className="map-step" data-step-id={box.stepId}>
      <rect
        // Half a pixel in, so a 1 px outline stays inside the card's box.
        x={x + 0.5}
        y={y + 0.5}
        width={outline.width - 1}
        height={outline.height - 1}
        rx={outline.cornerRadius}
        fill={outline.fill}
        stroke={outline.stroke}
        strokeWidth={outline.strokeWidth}
        strokeDasharray={outline.dash?.join(' ')}
        strokeLinecap={outline.lineCap === 'round' ? 'round' : undefined}
      />
      <path d={accentPath(accent, x, y)} fill={accent.fill} opacity={accent.opacity} />
      <CardTitleText title={title} x={x} y={y} />
      {moment && <MomentStar moment={moment} x={x} y={y} />}
      {tags.map((tag) => (
        <SvgTag key={tag.words} tag={tag} x={x} y={y} />
      ))}
      {badge && <SvgTag tag={badge} x={x} y={y} title={dotsTitle(badge.words)} />}
    </g>
  );
}

// The accent follows the card's rounded left corners.
function accentPath({ width, height, cornerRadius: r }: CardAccent, x: number, y: number): string {
  return `M${x + r},${y} A${r},${r} 0 0 0 ${x},${y + r} V${y + height - r} A${r},${r} 0 0 0 ${x + r},${y + height} H${x + width} V${y} Z`;
}

/** The title wrapped to its box, or "Untitled step" in faint italics. */
function CardTitleText({ title, x, y }: { readonly title: CardTitle; readonly x: number; readonly y: number }) {
  const lines = wrapText(title.text, title.width, title.maxLines, (text) => measureText(text, title.style));
  return <SvgTextLines lines={lines} x={x + title.x} top={y + title.y} style={title.style} fill={title.fill} />;
}

/** What a dot badge says to a reader of the SVG who points at it: "4 dots in the vote". */
export const dotsTitle = (count: string): string => `${count} ${count === '1' ? 'dot' : 'dots'} in the vote`;

/** A pill straddling a card's edge, with its words and, for a touchpoint, a dot; or a dot badge with its count, named by `title`. */
export function SvgTag({ tag, x, y, title }: { readonly tag: CardTag | DotBadge; readonly x: number; readonly y: number; readonly title?: string }) {
  const { text, dot } = tag;
  return (
    <g className={title ? 'map-dots' : 'map-tag'}>
      {title && <title>{title}</title>}
      <rect x={x + tag.x} y={y + tag.y} width={tag.width} height={tag.height} rx={tag.cornerRadius} fill={tag.fill} stroke={tag.stroke} strokeWidth={tag.strokeWidth} />
      {dot && <circle cx={x + dot.x} cy={y + dot.y} r={dot.radius} fill={dot.fill} />}
      <text x={x + text.x} y={baselineAt(y + text.middle, text.style)} fontSize={text.style.size} fontWeight={text.style.weight} letterSpacing={text.style.letterSpacing} fill={text.fill}>
        {tag.words}
      </text>
    </g>
  );
}

/** A moment that matters: the star as a polygon, its first point straight up, on its disc. */
function MomentStar({ moment, x, y }: { readonly moment: CardMoment; readonly x: number; readonly y: number }) {
  const cx = x + moment.x;
  const cy = y + moment.y;
  const points: string[] = [];
  for (let i = 0; i < moment.points * 2; i++) {
    const radius = i % 2 === 0 ? moment.outerRadius : moment.innerRadius;
    const angle = -Math.PI / 2 + (i * Math.PI) / moment.points;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  const { disc } = moment;
  return (
    <g className="map-moment">
      <title>Moment that matters</title>
      <circle cx={cx} cy={cy} r={disc.radius} fill={disc.fill} stroke={disc.stroke} strokeWidth={disc.strokeWidth} />
      <polygon points={points.join(' ')} fill={moment.fill} />
    </g>
  );
}
