import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { LaneBand } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, KIND_ACCENT, LANE_DETAIL_LABEL, LANE_FILL, PALETTE } from '../../shared/style/palette';
import { LANE_KIND_TITLES } from '../../shared/words/laneKindWords';
import { LINE_HEIGHT } from '../../shared/style/textStyle';
import { useSessionStore } from '../store/sessionStore';

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

/** The lane header column: each lane's kind, title, and its persona or owner when named. */
export function LaneHeaders({ lanes }: { readonly lanes: readonly LaneBand[] }) {
  return lanes.map((lane) => <LaneHeader key={lane.laneId} lane={lane} />);
}

const LaneHeader = memo(function LaneHeader({ lane }: { readonly lane: LaneBand }) {
  const selected = useSessionStore((state) => state.selection.kind === 'lane' && state.selection.laneId === lane.laneId);
  const editing = useSessionStore((state) => state.titleEdit?.kind === 'lane' && state.titleEdit.laneId === lane.laneId);
  const { x, y, width, height } = lane.header;
  const textWidth = width - HEADER_PADDING * 2;
  const detailHeight = lane.detail ? 34 : 0;
  return (
    <Group x={x} y={y}>
      <Rect width={width} height={height - 1} fill={selected ? '#e6edf2' : PALETTE.laneHeader} />
      <Rect width={selected ? ACCENT_WIDTH + 2 : ACCENT_WIDTH} height={height - 1} fill={KIND_ACCENT[lane.kind]} />
      <Rect x={width - 1} width={1} height={height} fill={PALETTE.laneDivider} />
      {selected && <Rect x={1} y={1} width={width - 3} height={height - 3} stroke={PALETTE.selection} strokeWidth={2} />}
      <Text
        x={HEADER_PADDING}
        y={13}
        width={textWidth}
        text={LANE_KIND_TITLES[lane.kind].toUpperCase()}
        fontFamily={FONT_FAMILY}
        fontSize={11}
        fontStyle="600"
        letterSpacing={0.8}
        fill={KIND_ACCENT[lane.kind]}
        wrap="none"
        ellipsis
      />
      {!editing && (
        <Text
          x={HEADER_PADDING}
          y={31}
          width={textWidth}
          height={Math.max(20, height - 31 - 10 - detailHeight)}
          text={lane.title || 'Untitled lane'}
          fontFamily={FONT_FAMILY}
          fontSize={15}
          fontStyle={lane.title ? '600' : 'italic'}
          lineHeight={LINE_HEIGHT}
          fill={lane.title ? PALETTE.ink : PALETTE.faintInk}
          wrap="word"
          ellipsis
        />
      )}
      {lane.detail && (
        <Text
          x={HEADER_PADDING}
          y={height - 10 - detailHeight + 6}
          width={textWidth}
          height={detailHeight - 6}
          text={`${LANE_DETAIL_LABEL[lane.kind]}: ${lane.detail}`}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          lineHeight={LINE_HEIGHT}
          fill={PALETTE.mutedInk}
          wrap="word"
          ellipsis
        />
      )}
    </Group>
  );
});
