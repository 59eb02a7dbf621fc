import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { StepBox } from '../../shared/layout/mapLayout';
import { FONT_FAMILY, KIND_ACCENT, PALETTE } from '../theme/palette';

const RADIUS = 6;
const ACCENT_WIDTH = 4;
const PADDING_X = 12;
const PADDING_Y = 10;

/** A step's card: its title, wrapped and cut with an ellipsis when it does not fit. */
export const StepCard = memo(function StepCard({ box }: { readonly box: StepBox }) {
  return (
    <Group x={box.x} y={box.y}>
      <Rect width={box.width} height={box.height} cornerRadius={RADIUS} fill={PALETTE.cardFill} stroke={PALETTE.cardStroke} strokeWidth={1} />
      <Rect width={ACCENT_WIDTH} height={box.height} cornerRadius={[RADIUS, 0, 0, RADIUS]} fill={KIND_ACCENT[box.laneKind]} />
      <Text
        x={ACCENT_WIDTH + PADDING_X - 2}
        y={PADDING_Y}
        width={box.width - ACCENT_WIDTH - PADDING_X * 2 + 2}
        height={box.height - PADDING_Y * 2}
        text={box.title}
        fontFamily={FONT_FAMILY}
        fontSize={13}
        lineHeight={1.3}
        fill={PALETTE.ink}
        wrap="word"
        ellipsis
      />
    </Group>
  );
});
