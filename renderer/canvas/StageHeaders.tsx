import { Group, Rect, Text } from 'react-konva';
import type { MapLayout } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../theme/palette';
import { RowCaption } from './RowCaption';

const PADDING_X = 12;

/** The stage headers above the axis; neighbouring stages alternate their shade so their edges read without lines. */
export function StageHeaders({ layout }: { readonly layout: MapLayout }) {
  const { stageRow } = layout;
  if (stageRow.height === 0) return null;
  return (
    <>
      <Rect x={0} y={stageRow.y} width={layout.width} height={stageRow.height} fill={PALETTE.canvas} />
      <RowCaption text="Stage" y={stageRow.y} height={stageRow.height} headerWidth={stageRow.x} />
      {layout.stages.map((stage, index) => (
        <Group key={stage.stageId} x={stage.x} y={stage.y}>
          <Rect width={stage.width - 1} height={stage.height} fill={index % 2 === 0 ? PALETTE.stageFill : PALETTE.stageFillAlternate} />
          <Text
            x={PADDING_X}
            width={stage.width - PADDING_X * 2}
            height={stage.height}
            text={stage.title}
            fontFamily={FONT_FAMILY}
            fontSize={12}
            fontStyle="600"
            fill={PALETTE.mutedInk}
            verticalAlign="middle"
            wrap="none"
            ellipsis
          />
        </Group>
      ))}
    </>
  );
}
