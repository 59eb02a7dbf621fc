import { Text } from 'react-konva';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';

/** The small caption that names a header row ("Stage", "Column") in the lane-header column; right-aligned, next to the row it names. */
export function RowCaption({ text, y, height, headerWidth }: { readonly text: string; readonly y: number; readonly height: number; readonly headerWidth: number }) {
  return (
    <Text
      x={14}
      y={y}
      width={headerWidth - 28}
      height={height}
      text={text}
      fontFamily={FONT_FAMILY}
      fontSize={12}
      fill={PALETTE.faintInk}
      align="right"
      verticalAlign="middle"
    />
  );
}
