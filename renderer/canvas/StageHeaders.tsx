import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { MapLayout, StageHeader } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';
import { useSessionStore } from '../store/sessionStore';

const PADDING_X = 12;

/** Narrower than this, a title squeezed by the stage's end is left out rather than shown as a lone ellipsis. */
const NARROWEST_TITLE = 28;

/**
 * The stage headers above the axis; neighbouring stages alternate their shade so their edges read
 * without lines. An empty stage row invites drawing the first stage. `stickyLeft` is the map x of
 * the frozen lane headers' right side: a stage whose first columns are scrolled under them shows
 * its title from there (sticky), squeezed by the stage's own end as that comes near.
 */
export function StageHeaders({ layout, stickyLeft }: { readonly layout: MapLayout; readonly stickyLeft: number }) {
  const { stageRow } = layout;
  if (stageRow.height === 0) return null;
  return (
    <>
      <Rect x={0} y={stageRow.y} width={layout.width} height={stageRow.height} fill={PALETTE.canvas} />
      {layout.stages.length === 0 && (
        <Text
          x={stageRow.x + PADDING_X}
          y={stageRow.y}
          width={Math.max(0, Math.min(stageRow.width, 520) - PADDING_X)}
          height={stageRow.height}
          text="Drag across this row to name a stage"
          fontFamily={FONT_FAMILY}
          fontSize={12}
          fill={PALETTE.faintInk}
          verticalAlign="middle"
          wrap="none"
          ellipsis
        />
      )}
      {layout.stages.map((stage, index) => (
        <StageCell
          key={stage.stageId}
          stage={stage}
          shade={index % 2 === 0 ? PALETTE.stageFill : PALETTE.stageFillAlternate}
          // Only the stage under the headers' edge gets an offset, so the others skip rendering while the map scrolls.
          hidden={stickyLeft > stage.x && stickyLeft < stage.x + stage.width ? Math.round(stickyLeft - stage.x) : 0}
        />
      ))}
    </>
  );
}

/** One stage's header; `hidden` map pixels of its left side are under the frozen lane headers. */
const StageCell = memo(function StageCell({ stage, shade, hidden }: { readonly stage: StageHeader; readonly shade: string; readonly hidden: number }) {
  const selected = useSessionStore((state) => state.selection.kind === 'stage' && state.selection.stageId === stage.stageId);
  const editing = useSessionStore((state) => state.titleEdit?.kind === 'stage' && state.titleEdit.stageId === stage.stageId);
  const room = stage.width - hidden - PADDING_X * 2;
  return (
    <Group x={stage.x} y={stage.y}>
      <Rect width={stage.width - 1} height={stage.height} fill={selected ? '#e6edf2' : shade} />
      {selected && <Rect x={1} y={1} width={stage.width - 3} height={stage.height - 2} stroke={PALETTE.selection} strokeWidth={2} />}
      {!editing && room >= NARROWEST_TITLE && (
        <Text
          x={hidden + PADDING_X}
          width={room}
          height={stage.height}
          text={stage.title || 'Untitled stage'}
          fontFamily={FONT_FAMILY}
          fontSize={13}
          fontStyle={stage.title ? '600' : 'italic'}
          fill={stage.title ? PALETTE.mutedInk : PALETTE.faintInk}
          verticalAlign="middle"
          wrap="none"
          ellipsis
        />
      )}
    </Group>
  );
});
