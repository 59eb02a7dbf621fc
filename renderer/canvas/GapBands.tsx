import { Rect, Text } from 'react-konva';
import type { GapBand } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../theme/palette';
import { HatchedRect } from './HatchedRect';

/** The gaps' tinted, hatched bands in their journey lane and their faint reach through the process lanes. */
export function GapShading({ gaps }: { readonly gaps: readonly GapBand[] }) {
  return gaps.map((gap) => (
    <GapShade key={`${gap.laneId}:${gap.fromColumn}`} gap={gap} />
  ));
}

function GapShade({ gap }: { readonly gap: GapBand }) {
  return (
    <>
      <Rect {...gap.band} fill={PALETTE.gap} opacity={0.08} />
      <HatchedRect rect={gap.band} stroke={PALETTE.gap} opacity={0.3} />
      {gap.reach && <Rect {...gap.reach} fill={PALETTE.gap} opacity={0.045} />}
    </>
  );
}

/** The gaps' labels, under the cards of their lane: kind and number of steps. */
export function GapLabels({ gaps }: { readonly gaps: readonly GapBand[] }) {
  return gaps.map((gap) => (
    <Text
      key={`${gap.laneId}:${gap.fromColumn}`}
      {...gap.labelBox}
      text={`${gap.label} · ${gap.detail}`}
      fontFamily={FONT_FAMILY}
      fontSize={12}
      fontStyle="600"
      fill={PALETTE.gapInk}
      verticalAlign="middle"
      wrap="none"
      ellipsis
    />
  ));
}
