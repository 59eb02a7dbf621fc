import { memo } from 'react';
import { Rect, Text } from 'react-konva';
import { columnMarks } from '../../shared/layout/layoutMap';
import type { ColumnMark, MapLayout } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';
import { RowCaption } from './RowCaption';

/** The columns a painter draws: those in view, so a map hundreds of columns wide costs no more than a screenful. */
export interface ColumnWindow {
  readonly first: number;
  readonly last: number;
}

const inWindow = (layout: MapLayout, window: ColumnWindow): readonly ColumnMark[] => columnMarks(layout, window.first, window.last);

/**
 * Faint vertical lines at the column boundaries, through all lanes, so the shared moments line up
 * by eye; where a stage begins the line is a shade darker, so stages read down through the lanes.
 */
export function ColumnGridLines({ layout, window }: { readonly layout: MapLayout; readonly window: ColumnWindow }) {
  const top = layout.axis.y + layout.axis.height;
  const stageStarts = new Set(layout.stages.map((stage) => stage.x));
  return inWindow(layout, window).map((column) => {
    const right = column.x + column.width;
    return (
      <Rect
        key={column.column}
        x={right - 1}
        y={top}
        width={1}
        height={layout.height - top}
        fill={stageStarts.has(right) ? PALETTE.laneDivider : PALETTE.gridLine}
      />
    );
  });
}

/** The numbered column axis. Memoised: the map scrolls under it every frame, but its window of columns changes in steps. */
export const ColumnAxis = memo(function ColumnAxis({ layout, window }: { readonly layout: MapLayout; readonly window: ColumnWindow }) {
  const { axis } = layout;
  return (
    <>
      <Rect x={0} y={axis.y} width={layout.width} height={axis.height} fill={PALETTE.canvas} />
      <Rect x={0} y={axis.y + axis.height - 1} width={layout.width} height={1} fill={PALETTE.laneDivider} />
      {inWindow(layout, window).map((column) => (
        <Text
          key={column.column}
          {...column}
          text={column.label}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          fill={PALETTE.mutedInk}
          align="center"
          verticalAlign="middle"
        />
      ))}
    </>
  );
});

/** The captions of the header rows, in the frozen corner above the lane headers. */
export function CornerCaptions({ layout }: { readonly layout: MapLayout }) {
  const { stageRow, axis } = layout;
  return (
    <>
      <Rect x={0} y={0} width={axis.x} height={axis.y + axis.height} fill={PALETTE.canvas} />
      <Rect x={0} y={axis.y + axis.height - 1} width={axis.x} height={1} fill={PALETTE.laneDivider} />
      <Rect x={axis.x - 1} y={0} width={1} height={axis.y + axis.height} fill={PALETTE.laneDivider} />
      {stageRow.height > 0 && <RowCaption text="Stage" y={stageRow.y} height={stageRow.height} headerWidth={axis.x} />}
      <RowCaption text="Column" y={axis.y} height={axis.height} headerWidth={axis.x} />
    </>
  );
}
