import type { CoverageMark } from '../../shared/analysis/coverageMarks';
import type { StepBox } from '../../shared/layout/mapLayout';
import type { Step } from '../../shared/model/journeyMap';
import { wrapText } from '../../shared/layout/wrapText';
import { KIND_ACCENT, PALETTE } from '../../shared/style/palette';
import { LINE_HEIGHT, type TextStyle } from '../../shared/style/textStyle';
import { measureText } from '../theme/measureText';
import { SvgTextLines } from './SvgTextLines';
import { baselineAt } from './svgText';

// The card's proportions are the canvas card's (renderer/canvas/StepCard.tsx), so canvas and report agree.
const RADIUS = 6;
const ACCENT_WIDTH = 4;
const PADDING_X = 12;
const PADDING_Y = 9;
const TITLE: TextStyle = { size: 14, weight: 400 };
const UNTITLED: TextStyle = { size: 14, weight: 400, italic: true };
/** The tags' words: the smallest text of the painted map. */
export const TAG_TEXT: TextStyle = { size: 11, weight: 600, letterSpacing: 0.5 };
const TAG_HEIGHT = 16;
const TAG_PADDING = 8;
const MARK_WORDS: Readonly<Record<CoverageMark, string>> = { touchpoint: 'TOUCHPOINT', unanchored: 'INSIDE-OUT' };

/** Props of one card of the SVG map. */
export interface SvgStepCardProps {
  readonly box: StepBox;
  /** The step itself, for the method's marks (moment that matters, evidence, pain points); absent for a box without a step. */
  readonly step: Step | undefined;
  readonly mark: CoverageMark | undefined;
}

/**
 * A step's card as SVG: white, thin outline (dashed when unanchored or only assumed, dotted when proposed), the lane
 * kind's accent on its left edge, the title wrapped into one <text>, and small word tags on its
 * edges so every mark reads in greyscale too.
 */
export function SvgStepCard({ box, step, mark }: SvgStepCardProps) {
  const { x, y, width, height } = box;
  const unanchored = mark === 'unanchored';
  const assumed = step?.evidence === 'assumed';
  const proposed = step?.evidence === 'proposed';
  const painPoints = step?.painPoints?.length ?? 0;
  return (
    <g className="map-step" data-step-id={box.stepId}>
      <rect
        x={x + 0.5}
        y={y + 0.5}
        width={width - 1}
        height={height - 1}
        rx={RADIUS}
        fill={PALETTE.cardFill}
        stroke={unanchored ? PALETTE.unanchored : assumed || proposed ? PALETTE.mutedInk : PALETTE.cardStroke}
        strokeWidth={unanchored || proposed ? 1.5 : 1}
        // Proposed: round caps on dashes of no length, so dots, as on the canvas card.
        strokeDasharray={unanchored || assumed ? '5 4' : proposed ? '0.01 3.5' : undefined}
        strokeLinecap={proposed && !unanchored ? 'round' : undefined}
      />
      <path d={accentPath(box)} fill={KIND_ACCENT[box.laneKind]} opacity={unanchored ? 0.5 : 1} />
      <CardTitle box={box} />
      {step?.momentThatMatters === true && <MomentStar x={x + ACCENT_WIDTH + PADDING_X + 2} y={y} />}
      {mark && <Tag x={x + width - 10} y={y} words={MARK_WORDS[mark]} colour={mark === 'touchpoint' ? PALETTE.covered : PALETTE.unanchored} dot={mark === 'touchpoint'} />}
      {painPoints > 0 && <Tag x={x + width - 10} y={y + height} words={painPoints === 1 ? '1 PAIN POINT' : `${painPoints} PAIN POINTS`} colour={PALETTE.gapInk} dot={false} />}
    </g>
  );
}

// The accent follows the card's rounded left corners, as the canvas card's does.
function accentPath({ x, y, height }: StepBox): string {
  return `M${x + RADIUS},${y} A${RADIUS},${RADIUS} 0 0 0 ${x},${y + RADIUS} V${y + height - RADIUS} A${RADIUS},${RADIUS} 0 0 0 ${x + RADIUS},${y + height} H${x + ACCENT_WIDTH} V${y} Z`;
}

/** The title wrapped to the card, or "Untitled step" in faint italics. */
function CardTitle({ box }: { readonly box: StepBox }) {
  const titled = box.title.trim() !== '';
  const style = titled ? TITLE : UNTITLED;
  const textWidth = box.width - ACCENT_WIDTH - PADDING_X * 2 + 2;
  const maxLines = Math.max(1, Math.floor((box.height - PADDING_Y * 2) / (style.size * LINE_HEIGHT)));
  const lines = titled ? wrapText(box.title, textWidth, maxLines, (text) => measureText(text, style)) : ['Untitled step'];
  return <SvgTextLines lines={lines} x={box.x + ACCENT_WIDTH + PADDING_X - 2} top={box.y + PADDING_Y} style={style} fill={titled ? PALETTE.ink : PALETTE.faintInk} />;
}

function tagWidth(words: string, dot: boolean): number {
  return Math.ceil(measureText(words, TAG_TEXT)) + TAG_PADDING * 2 + (dot ? 10 : 0);
}

/** A pill straddling a card's edge at `y`, its right end at `x`: in the space between rows, never over the title. */
function Tag({ x, y, words, colour, dot }: { readonly x: number; readonly y: number; readonly words: string; readonly colour: string; readonly dot: boolean }) {
  const width = tagWidth(words, dot);
  const left = x - width;
  const top = y - TAG_HEIGHT / 2;
  return (
    <g className="map-tag">
      <rect x={left} y={top} width={width} height={TAG_HEIGHT} rx={TAG_HEIGHT / 2} fill={PALETTE.cardFill} stroke={colour} strokeWidth={1} />
      {dot && <circle cx={left + TAG_PADDING + 3} cy={y} r={3} fill={colour} />}
      <text
        x={left + TAG_PADDING + (dot ? 10 : 0)}
        y={baselineAt(y, TAG_TEXT)}
        fontSize={TAG_TEXT.size}
        fontWeight={TAG_TEXT.weight}
        letterSpacing={TAG_TEXT.letterSpacing}
        fill={colour}
      >
        {words}
      </text>
    </g>
  );
}

const STAR_RADIUS = 7;

/** A moment that matters: a small five-pointed star on the card's top edge, on a white disc so it stands clear of the outline. */
function MomentStar({ x, y }: { readonly x: number; readonly y: number }) {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? STAR_RADIUS - 1 : (STAR_RADIUS - 1) * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(x + radius * Math.cos(angle)).toFixed(2)},${(y + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return (
    <g className="map-moment">
      <title>Moment that matters</title>
      <circle cx={x} cy={y} r={STAR_RADIUS + 1.5} fill={PALETTE.cardFill} stroke={PALETTE.cardStroke} strokeWidth={1} />
      <polygon points={points.join(' ')} fill={PALETTE.ink} />
    </g>
  );
}
