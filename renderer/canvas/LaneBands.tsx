import { Group, Rect, Text } from 'react-konva';
import type { LaneBand } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, KIND_ACCENT, KIND_LABEL, LANE_FILL, PALETTE } from '../theme/palette';

/** The lanes' background bands, drawn under everything else. */
export function LaneFills({ lanes }: { readonly lanes: readonly LaneBand[] }) {
  return lanes.map((lane) => (
    <Rect key={lane.laneId} x={lane.body.x} y={lane.y} width={lane.body.width} height={lane.height} fill={LANE_FILL[lane.kind]} />
  ));
}

/** The lines between lanes, drawn over the gap tints so lanes stay distinct inside a gap. */
export function LaneDividers({ lanes, width }: { readonly lanes: readonly LaneBand[]; readonly width: number }) {
  return lanes.map((lane) => (
    <Rect key={lane.laneId} x={0} y={lane.y + lane.height - 1} width={width} height={1} fill={PALETTE.laneDivider} />
  ));
}

const HEADER_PADDING = 14;
const ACCENT_WIDTH = 3;

/** The lane header column: each lane's title with its kind above it. */
export function LaneHeaders({ lanes }: { readonly lanes: readonly LaneBand[] }) {
  return lanes.map((lane) => {
    const { x, y, width, height } = lane.header;
    const textWidth = width - HEADER_PADDING * 2;
    return (
      <Group key={lane.laneId} x={x} y={y}>
        <Rect width={width} height={height - 1} fill={PALETTE.laneHeader} />
        <Rect width={ACCENT_WIDTH} height={height - 1} fill={KIND_ACCENT[lane.kind]} />
        <Rect x={width - 1} width={1} height={height} fill={PALETTE.laneDivider} />
        <Text
          x={HEADER_PADDING}
          y={14}
          width={textWidth}
          text={KIND_LABEL[lane.kind].toUpperCase()}
          fontFamily={FONT_FAMILY}
          fontSize={10}
          fontStyle="600"
          letterSpacing={0.8}
          fill={KIND_ACCENT[lane.kind]}
          wrap="none"
          ellipsis
        />
        <Text
          x={HEADER_PADDING}
          y={32}
          width={textWidth}
          height={height - 32 - 10}
          text={lane.title}
          fontFamily={FONT_FAMILY}
          fontSize={14}
          fontStyle="600"
          lineHeight={1.3}
          fill={PALETTE.ink}
          wrap="word"
          ellipsis
        />
      </Group>
    );
  });
}
