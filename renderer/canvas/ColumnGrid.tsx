import { Rect, Text } from 'react-konva';
import type { MapLayout } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, PALETTE } from '../theme/palette';
import { RowCaption } from './RowCaption';

/**
 * Faint vertical lines at the column boundaries, through all lanes, so the shared moments line up
 * by eye; where a stage begins the line is a shade darker, so stages read down through the lanes.
 */
export function ColumnGridLines({ layout }: { readonly layout: MapLayout }) {
  const top = layout.axis.y + layout.axis.height;
  const stageStarts = new Set(layout.stages.map((stage) => stage.x));
  return layout.columns.map((column) => {
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

/** The numbered column axis, with its name in the lane header column. */
export function ColumnAxis({ layout }: { readonly layout: MapLayout }) {
  const { axis } = layout;
  return (
    <>
      <Rect x={0} y={axis.y} width={layout.width} height={axis.height} fill={PALETTE.canvas} />
      <Rect x={0} y={axis.y + axis.height - 1} width={layout.width} height={1} fill={PALETTE.laneDivider} />
      <RowCaption text="Column" y={axis.y} height={axis.height} headerWidth={axis.x} />
      {layout.columns.map((column) => (
        <Text
          key={column.column}
          {...column}
          text={column.label}
          fontFamily={FONT_FAMILY}
          fontSize={11}
          fill={PALETTE.faintInk}
          align="center"
          verticalAlign="middle"
        />
      ))}
    </>
  );
}
