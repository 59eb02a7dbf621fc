import { Group, Rect, Text } from 'react-konva';
import { gapDotBadge, type ShownDots } from '../../shared/layout/dotBadge';
import { GAP_STYLE } from '../../shared/layout/gapStyle';
import type { GapBand } from '../../shared/layout/mapLayout';
import { FONT_FAMILY } from '../../shared/style/palette';
import { measureText } from '../theme/measureText';
import { TagShape } from './CardFace';
import { HatchedRect } from './HatchedRect';
import { konvaFontStyle } from './konvaText';

const STYLE = GAP_STYLE.screen;
// The pill's width is estimated from the label's length (Inter's average advance at this size);
// the text ellipsises itself where the estimate falls short.
const LABEL_CHAR_WIDTH = 7.4;

const gapKey = (gap: GapBand): string => `${gap.laneId}:${gap.stepIds[0] ?? gap.fromColumn}`;

/** The gaps' tinted, hatched bands in their journey lane and their faint reach through the process lanes. */
export function GapShading({ gaps }: { readonly gaps: readonly GapBand[] }) {
  return gaps.map((gap) => <GapShade key={gapKey(gap)} gap={gap} />);
}

function GapShade({ gap }: { readonly gap: GapBand }) {
  const { colour, band, reach, edge } = STYLE;
  return (
    <>
      <Rect {...gap.band} fill={colour} opacity={band.fillOpacity} />
      <HatchedRect rect={gap.band} stroke={colour} width={STYLE.hatchWidth} opacity={band.hatchOpacity} spacing={band.hatchSpacing} />
      {gap.reach && <Rect {...gap.reach} fill={colour} opacity={reach.fillOpacity} />}
      {gap.reach && <HatchedRect rect={gap.reach} stroke={colour} width={STYLE.hatchWidth} opacity={reach.hatchOpacity} spacing={reach.hatchSpacing} />}
      <Rect x={gap.band.x} y={gap.band.y} width={edge.width} height={gap.band.height} fill={colour} opacity={edge.opacity} />
      <Rect x={gap.band.x + gap.band.width - edge.width} y={gap.band.y} width={edge.width} height={gap.band.height} fill={colour} opacity={edge.opacity} />
    </>
  );
}

const NO_DOTS: ReadonlyMap<string, ShownDots> = new Map();

/**
 * The gaps' labels, under the cards of their lane: kind and number of steps, on a pill that stays
 * legible over the hatching; at the strip's right end the gap's dot badge, when it has dots.
 */
export function GapLabels({ gaps, dots = NO_DOTS }: { readonly gaps: readonly GapBand[]; readonly dots?: ReadonlyMap<string, ShownDots> }) {
  const { label } = STYLE;
  return gaps.map((gap) => {
    const text = `${gap.label} · ${gap.detail}`;
    const shown = gap.stepIds[0] === undefined ? undefined : dots.get(gap.stepIds[0]);
    const badge = shown ? gapDotBadge(shown, gap.labelBox, 'screen', measureText) : null;
    const room = badge ? badge.x - gap.labelBox.x - label.paddingX : gap.labelBox.width;
    const width = Math.min(room, label.paddingX * 2 + text.length * LABEL_CHAR_WIDTH);
    const height = gap.labelBox.height - label.shorter;
    return (
      <Group key={gapKey(gap)}>
        {badge && <TagShape tag={badge} />}
        <Group x={gap.labelBox.x} y={gap.labelBox.y + label.top}>
          <Rect width={width} height={height} cornerRadius={label.cornerRadius} fill={label.fill} stroke={label.stroke} strokeWidth={label.strokeWidth} opacity={0.95} />
          <Text
            x={label.paddingX}
            width={width - label.paddingX * 2}
            height={height}
            text={text}
            fontFamily={FONT_FAMILY}
            fontSize={label.text.size}
            fontStyle={konvaFontStyle(label.text)}
            fill={label.colour}
            verticalAlign="middle"
            wrap="none"
            ellipsis
          />
        </Group>
      </Group>
    );
  });
}
