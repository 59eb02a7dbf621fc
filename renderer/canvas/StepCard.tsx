import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { StepBox } from '../../shared/layout/mapLayout';
import { useSessionStore } from '../store/sessionStore';
import { FONT_FAMILY, KIND_ACCENT, PALETTE } from '../theme/palette';
import { EDITOR_COLOURS } from './editorColours';
import { isCarried, useCanvasStore, type CoverageMark } from './canvasStore';

const RADIUS = 6;
const ACCENT_WIDTH = 4;
const PADDING_X = 12;
const PADDING_Y = 9;
/** Readable from the back of a room at 100 %: three lines fit the card. */
export const CARD_FONT_SIZE = 14;
export const CARD_LINE_HEIGHT = 1.25;

/** Props of a card's picture, shared by the card on its layer and its copy carried by a drag. */
export interface CardFaceProps {
  readonly box: StepBox;
  readonly selected?: boolean;
  readonly mark?: CoverageMark | undefined;
  readonly hideTitle?: boolean;
}

/** The picture of a card at (0, 0): accent, title, and its coverage mark. */
export function CardFace({ box, selected = false, mark, hideTitle = false }: CardFaceProps) {
  const unanchored = mark === 'unanchored';
  return (
    <>
      <Rect
        width={box.width}
        height={box.height}
        cornerRadius={RADIUS}
        fill={PALETTE.cardFill}
        stroke={selected ? EDITOR_COLOURS.selection : unanchored ? EDITOR_COLOURS.unanchored : PALETTE.cardStroke}
        strokeWidth={selected ? 2 : unanchored ? 1.5 : 1}
        dash={unanchored && !selected ? [5, 4] : undefined}
        // Shadows cost a blur per card per frame: only the selection lifts off the page.
        shadowEnabled={selected}
        shadowColor={PALETTE.ink}
        shadowOpacity={0.18}
        shadowBlur={8}
        shadowOffsetY={2}
        shadowForStrokeEnabled={false}
      />
      <Rect width={ACCENT_WIDTH} height={box.height} cornerRadius={[RADIUS, 0, 0, RADIUS]} fill={KIND_ACCENT[box.laneKind]} opacity={unanchored ? 0.5 : 1} />
      {!hideTitle && (
        <Text
          x={ACCENT_WIDTH + PADDING_X - 2}
          y={PADDING_Y}
          width={box.width - ACCENT_WIDTH - PADDING_X * 2 + 2}
          height={box.height - PADDING_Y * 2}
          text={box.title || 'Untitled step'}
          fontFamily={FONT_FAMILY}
          fontSize={CARD_FONT_SIZE}
          lineHeight={CARD_LINE_HEIGHT}
          fill={box.title ? PALETTE.ink : PALETTE.faintInk}
          fontStyle={box.title ? 'normal' : 'italic'}
          wrap="word"
          ellipsis
        />
      )}
      {mark && <MarkTag mark={mark} width={box.width} />}
    </>
  );
}

const TAG_HEIGHT = 15;
const TAG_TEXT: Readonly<Record<CoverageMark, string>> = { touchpoint: 'TOUCHPOINT', unanchored: 'INSIDE-OUT' };

/**
 * A small tag on the card's top edge, straddling it in the gap between rows so it never covers
 * the title: a word as well as a colour, so the mark reads in greyscale and to colour-blind eyes.
 */
function MarkTag({ mark, width }: { readonly mark: CoverageMark; readonly width: number }) {
  const colour = mark === 'touchpoint' ? EDITOR_COLOURS.covered : EDITOR_COLOURS.unanchored;
  const tagWidth = mark === 'touchpoint' ? 96 : 84;
  return (
    <Group x={width - tagWidth - 10} y={-TAG_HEIGHT / 2}>
      <Rect width={tagWidth} height={TAG_HEIGHT} cornerRadius={TAG_HEIGHT / 2} fill={PALETTE.cardFill} stroke={colour} strokeWidth={1} />
      {mark === 'touchpoint' && <Rect x={7} y={TAG_HEIGHT / 2 - 3} width={6} height={6} cornerRadius={3} fill={colour} />}
      <Text
        x={mark === 'touchpoint' ? 16 : 0}
        width={mark === 'touchpoint' ? tagWidth - 20 : tagWidth}
        height={TAG_HEIGHT}
        text={TAG_TEXT[mark]}
        fontFamily={FONT_FAMILY}
        fontSize={9.5}
        fontStyle="600"
        letterSpacing={0.6}
        fill={colour}
        align="center"
        verticalAlign="middle"
      />
    </Group>
  );
}

/**
 * A step's card on the cards layer. Memoised on its box, which the canvas keeps as the same object
 * while the step does not change; selection, drag and coverage marks are selected per card, so a
 * change to one card redraws that card only.
 */
export const StepCard = memo(function StepCard({ box }: { readonly box: StepBox }) {
  const id = box.stepId;
  const selected = useSessionStore((state) => state.selection.kind === 'steps' && state.selection.stepIds.includes(id));
  const editing = useSessionStore((state) => state.editingStepId === id);
  const carried = useCanvasStore((state) => isCarried(state.gesture, id));
  const mark = useCanvasStore((state) => state.marks.get(id));
  return (
    <Group x={box.x} y={box.y} opacity={carried ? 0.35 : 1}>
      <CardFace box={box} selected={selected && !carried} mark={mark} hideTitle={editing} />
    </Group>
  );
});
