import { Group, Rect, Text } from 'react-konva';
import type { GapBand } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';
import { HatchedRect } from './HatchedRect';

const gapKey = (gap: GapBand): string => `${gap.laneId}:${gap.stepIds[0] ?? gap.fromColumn}`;

/** The gaps' tinted, hatched bands in their journey lane and their faint reach through the process lanes. */
export function GapShading({ gaps }: { readonly gaps: readonly GapBand[] }) {
  return gaps.map((gap) => <GapShade key={gapKey(gap)} gap={gap} />);
}

function GapShade({ gap }: { readonly gap: GapBand }) {
  return (
    <>
      <Rect {...gap.band} fill={PALETTE.gap} opacity={0.08} />
      <HatchedRect rect={gap.band} stroke={PALETTE.gap} opacity={0.3} />
      {gap.reach && <Rect {...gap.reach} fill={PALETTE.gap} opacity={0.045} />}
      {gap.reach && <HatchedRect rect={gap.reach} stroke={PALETTE.gap} opacity={0.09} spacing={14} />}
      {/* The band's edges, so a gap's extent reads even where its tint meets another's. */}
      <Rect x={gap.band.x} y={gap.band.y} width={2} height={gap.band.height} fill={PALETTE.gap} opacity={0.45} />
      <Rect x={gap.band.x + gap.band.width - 2} y={gap.band.y} width={2} height={gap.band.height} fill={PALETTE.gap} opacity={0.45} />
    </>
  );
}

/** The gaps' labels, under the cards of their lane: kind and number of steps, on a pill that stays legible over the hatching. */
export function GapLabels({ gaps }: { readonly gaps: readonly GapBand[] }) {
  return gaps.map((gap) => {
    const text = `${gap.label} · ${gap.detail}`;
    const width = Math.min(gap.labelBox.width, 14 + text.length * 7.4);
    return (
      <Group key={gapKey(gap)} x={gap.labelBox.x} y={gap.labelBox.y + 2}>
        <Rect width={width} height={gap.labelBox.height - 6} cornerRadius={4} fill="#fbf1ec" stroke={PALETTE.gap} strokeWidth={1} opacity={0.95} />
        <Text
          x={7}
          width={width - 14}
          height={gap.labelBox.height - 6}
          text={text}
          fontFamily={FONT_FAMILY}
          fontSize={12.5}
          fontStyle="600"
          fill={PALETTE.gapInk}
          verticalAlign="middle"
          wrap="none"
          ellipsis
        />
      </Group>
    );
  });
}
