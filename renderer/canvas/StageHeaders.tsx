import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { MapLayout, StageHeader } from '../../shared/layout/mapLayout';
import { useSessionStore } from '../store/sessionStore';
import { FONT_FAMILY, PALETTE } from '../theme/palette';
import { useCanvasStore } from './canvasStore';
import { EDITOR_COLOURS } from './editorColours';

const PADDING_X = 12;

/**
 * The stage headers above the axis; neighbouring stages alternate their shade so their edges read
 * without lines. An empty stage row invites drawing the first stage.
 */
export function StageHeaders({ layout }: { readonly layout: MapLayout }) {
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
        <StageCell key={stage.stageId} stage={stage} shade={index % 2 === 0 ? PALETTE.stageFill : PALETTE.stageFillAlternate} />
      ))}
    </>
  );
}

const StageCell = memo(function StageCell({ stage, shade }: { readonly stage: StageHeader; readonly shade: string }) {
  const selected = useSessionStore((state) => state.selection.kind === 'stage' && state.selection.stageId === stage.stageId);
  const editing = useCanvasStore((state) => state.headerEdit?.kind === 'stage' && state.headerEdit.stageId === stage.stageId);
  return (
    <Group x={stage.x} y={stage.y}>
      <Rect width={stage.width - 1} height={stage.height} fill={selected ? '#e6edf2' : shade} />
      {selected && <Rect x={1} y={1} width={stage.width - 3} height={stage.height - 2} stroke={EDITOR_COLOURS.selection} strokeWidth={2} />}
      {!editing && (
        <Text
          x={PADDING_X}
          width={stage.width - PADDING_X * 2}
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
