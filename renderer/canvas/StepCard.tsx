import { memo } from 'react';
import { Circle, Group, Rect, Star, Text } from 'react-konva';
import type { CoverageMark } from '../../shared/analysis/coverageMarks';
import type { StepBox } from '../../shared/layout/mapLayout';
import type { Evidence } from '../../shared/model/stepDetails';
import { useDocumentStore } from '../store/documentStore';
import { stepById } from '../store/mapIndex';
import { useSessionStore } from '../store/sessionStore';
import { FONT_FAMILY, KIND_ACCENT, PALETTE } from '../../shared/style/palette';
import { LINE_HEIGHT } from '../../shared/style/textStyle';
import { isCarried, useCanvasStore } from './canvasStore';

const RADIUS = 6;
const ACCENT_WIDTH = 4;
const PADDING_X = 12;
const PADDING_Y = 9;
/** Readable from the back of a room at 100 %: three lines fit the card. */
export const CARD_FONT_SIZE = 14;
export const CARD_LINE_HEIGHT = LINE_HEIGHT;

/** Props of a card's picture, shared by the card on its layer and its copy carried by a drag. */
export interface CardFaceProps {
  readonly box: StepBox;
  readonly selected?: boolean;
  readonly mark?: CoverageMark | undefined;
  readonly hideTitle?: boolean;
}

/** How a card's outline says how well its step is known (the report's painter draws the same): dashed when assumed, dotted when proposed. */
const EVIDENCE_OUTLINE: Readonly<Partial<Record<Evidence, { readonly dash: number[]; readonly width: number; readonly cap: 'butt' | 'round' }>>> = {
  assumed: { dash: [5, 4], width: 1, cap: 'butt' },
  // Round caps on dashes of no length are dots.
  proposed: { dash: [0.01, 3.5], width: 1.5, cap: 'round' },
};

/**
 * The picture of a card at (0, 0): accent, title, its coverage mark, and the method's marks of its
 * step (a star for a moment that matters, the outline for its evidence, a count of pain points).
 */
export function CardFace({ box, selected = false, mark, hideTitle = false }: CardFaceProps) {
  // The index lookup is the same object back while the step does not change: no re-render.
  const step = useDocumentStore((state) => stepById(state.map, box.stepId));
  const unanchored = mark === 'unanchored';
  const evidence = step?.evidence ? EVIDENCE_OUTLINE[step.evidence] : undefined;
  const painPoints = step?.painPoints?.length ?? 0;
  return (
    <>
      <Rect
        width={box.width}
        height={box.height}
        cornerRadius={RADIUS}
        fill={PALETTE.cardFill}
        stroke={selected ? PALETTE.selection : unanchored ? PALETTE.unanchored : evidence ? PALETTE.mutedInk : PALETTE.cardStroke}
        strokeWidth={selected ? 2 : unanchored ? 1.5 : (evidence?.width ?? 1)}
        dash={selected ? undefined : unanchored ? [5, 4] : evidence?.dash}
        lineCap={selected || unanchored ? 'butt' : (evidence?.cap ?? 'butt')}
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
      {step?.momentThatMatters === true && <MomentStar x={ACCENT_WIDTH + PADDING_X + 2} />}
      {mark && <MarkTag mark={mark} width={box.width} />}
      {painPoints > 0 && <PainPointsTag count={painPoints} width={box.width} height={box.height} />}
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
  const colour = mark === 'touchpoint' ? PALETTE.covered : PALETTE.unanchored;
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

// The tag's words are few and fixed in style: their width follows their length, so nothing is measured per card.
const PAIN_CHAR_WIDTH = 6.6;

/** How many pain points the step has, on the card's bottom edge (where the report's painter puts it). */
function PainPointsTag({ count, width, height }: { readonly count: number; readonly width: number; readonly height: number }) {
  const words = count === 1 ? '1 PAIN POINT' : `${count} PAIN POINTS`;
  const tagWidth = Math.ceil(words.length * PAIN_CHAR_WIDTH) + 16;
  return (
    <Group x={width - tagWidth - 10} y={height - TAG_HEIGHT / 2}>
      <Rect width={tagWidth} height={TAG_HEIGHT} cornerRadius={TAG_HEIGHT / 2} fill={PALETTE.cardFill} stroke={PALETTE.gapInk} strokeWidth={1} />
      <Text
        width={tagWidth}
        height={TAG_HEIGHT}
        text={words}
        fontFamily={FONT_FAMILY}
        fontSize={9.5}
        fontStyle="600"
        letterSpacing={0.6}
        fill={PALETTE.gapInk}
        align="center"
        verticalAlign="middle"
      />
    </Group>
  );
}

const STAR_RADIUS = 7;

/** A moment that matters: a small star on the card's top edge, on a white disc so it stands clear of the outline. */
function MomentStar({ x }: { readonly x: number }) {
  return (
    <Group x={x}>
      <Circle radius={STAR_RADIUS + 1.5} fill={PALETTE.cardFill} stroke={PALETTE.cardStroke} strokeWidth={1} />
      <Star numPoints={5} outerRadius={STAR_RADIUS - 1} innerRadius={(STAR_RADIUS - 1) * 0.45} fill={PALETTE.ink} />
    </Group>
  );
}

/**
 * A step's card on the cards layer. Memoised on its box, which the canvas keeps as the same object
 * while the step does not change; selection, drag, coverage marks and the step's method fields are
 * selected per card, so a change to one card redraws that card only.
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
