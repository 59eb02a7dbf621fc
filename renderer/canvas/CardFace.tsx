import { Circle, Group, Rect, Star, Text } from 'react-konva';
import type { CoverageMark } from '../../shared/analysis/coverageMarks';
import { cardStyle, type CardMoment, type CardTag } from '../../shared/layout/cardStyle';
import type { DotBadge, ShownDots } from '../../shared/layout/dotBadge';
import type { StepBox } from '../../shared/layout/mapLayout';
import type { Step } from '../../shared/model/journeyMap';
import { FONT_FAMILY } from '../../shared/style/palette';
import { measureText } from '../theme/measureText';
import { konvaFontStyle } from './konvaText';

/** Props of a card's picture, shared by the card on its layer and its copy carried by a drag. */
export interface CardFaceProps {
  readonly box: StepBox;
  /** The step itself, for the method's marks (moment that matters, evidence, pain points). */
  readonly step: Step | undefined;
  readonly selected?: boolean;
  readonly mark?: CoverageMark | undefined;
  /** While the title is edited in place, the editor shows it instead. */
  readonly hideTitle?: boolean;
  /** The dots of a vote the card wears: the room's once revealed, the voter's own while they vote. */
  readonly dots?: ShownDots | undefined;
}

/**
 * The picture of a card at (0, 0), translating the shared card style (shared/layout/cardStyle.ts)
 * into Konva props: outline, accent, title, and the marks of its step and of the analysis.
 */
export function CardFace({ box, step, selected = false, mark, hideTitle = false, dots }: CardFaceProps) {
  const { outline, accent, title, moment, tags, dots: badge } = cardStyle({ box, step, mark, selected, dots }, 'screen', measureText);
  const { shadow } = outline;
  return (
    <>
      <Rect
        width={outline.width}
        height={outline.height}
        cornerRadius={outline.cornerRadius}
        fill={outline.fill}
        stroke={outline.stroke}
        strokeWidth={outline.strokeWidth}
        dash={outline.dash ? [...outline.dash] : undefined}
        lineCap={outline.lineCap}
        shadowEnabled={shadow !== null}
        shadowColor={shadow?.colour}
        shadowOpacity={shadow?.opacity}
        shadowBlur={shadow?.blur}
        shadowOffsetY={shadow?.offsetY}
        shadowForStrokeEnabled={false}
      />
      <Rect width={accent.width} height={accent.height} cornerRadius={[accent.cornerRadius, 0, 0, accent.cornerRadius]} fill={accent.fill} opacity={accent.opacity} />
      {!hideTitle && (
        <Text
          x={title.x}
          y={title.y}
          width={title.width}
          height={title.height}
          text={title.text}
          fontFamily={FONT_FAMILY}
          fontSize={title.style.size}
          fontStyle={konvaFontStyle(title.style)}
          lineHeight={title.lineHeight}
          fill={title.fill}
          wrap="word"
          ellipsis
        />
      )}
      {moment && <MomentStar moment={moment} />}
      {tags.map((tag) => (
        <TagShape key={tag.words} tag={tag} />
      ))}
      {badge && <TagShape tag={badge} />}
    </>
  );
}

/** A pill straddling the card's edge, with its words and, for a touchpoint, a dot; or a dot badge with its count. */
export function TagShape({ tag }: { readonly tag: CardTag | DotBadge }) {
  const { text, dot } = tag;
  return (
    <>
      <Rect x={tag.x} y={tag.y} width={tag.width} height={tag.height} cornerRadius={tag.cornerRadius} fill={tag.fill} stroke={tag.stroke} strokeWidth={tag.strokeWidth} />
      {dot && <Circle x={dot.x} y={dot.y} radius={dot.radius} fill={dot.fill} />}
      <Text
        x={text.x}
        y={tag.y}
        height={tag.height}
        text={tag.words}
        fontFamily={FONT_FAMILY}
        fontSize={text.style.size}
        fontStyle={konvaFontStyle(text.style)}
        letterSpacing={text.style.letterSpacing ?? 0}
        fill={text.fill}
        verticalAlign="middle"
        wrap="none"
      />
    </>
  );
}

/** A moment that matters: the star on its disc. */
function MomentStar({ moment }: { readonly moment: CardMoment }) {
  const { disc } = moment;
  return (
    <Group x={moment.x} y={moment.y}>
      <Circle radius={disc.radius} fill={disc.fill} stroke={disc.stroke} strokeWidth={disc.strokeWidth} />
      <Star numPoints={moment.points} outerRadius={moment.outerRadius} innerRadius={moment.innerRadius} fill={moment.fill} />
    </Group>
  );
}
