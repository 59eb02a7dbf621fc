import type Konva from 'konva';
import type { RefObject } from 'react';
import { Group, Layer, Line, Rect, Text } from 'react-konva';
import { openVote } from '../../shared/edit/voteTurns';
import { LAYOUT_DIMENSIONS } from '../../shared/layout/dimensions';
import type { MapLayout, Rect as Area, StepBox } from '../../shared/layout/mapLayout';
import type { DropSpot } from '../../shared/layout/snapping';
import { bodyOrigin, frozenOrigin, type CanvasView } from '../../shared/layout/viewTransform';
import { FONT_FAMILY, PALETTE } from '../../shared/style/palette';
import { useDocumentStore } from '../store/documentStore';
import { stepById } from '../store/mapIndex';
import { editingStepId, useSessionStore } from '../store/sessionStore';
import { carriedCards } from './canvasView';
import { useCanvasStore, type Gesture } from './canvasStore';
import { EDITOR_COLOURS } from './editorColours';
import { CardFace } from './CardFace';
import { RESIZE_GRIP } from '../../shared/layout/hitTest';


/**
 * The layer of what the pointer is doing: the carried cards and where they will land, the
 * marquee, the resize grip and its preview, the lane insertion line, the stage being drawn or
 * resized. It is the only layer redrawn on every pointer move.
 */
export function OverlayLayer({ layout, view, carriedRef }: { readonly layout: MapLayout; readonly view: CanvasView; readonly carriedRef: RefObject<Konva.Group | null> }) {
  const gesture = useCanvasStore((state) => state.gesture);
  const singleSelected = useSessionStore((state) => (state.selection.kind === 'steps' && state.selection.stepIds.length === 1 ? state.selection.stepIds[0]! : null));
  const editing = useSessionStore(editingStepId);
  // While the room votes a card is clicked for a dot, never resized: no grip over its dot badge.
  const voting = useDocumentStore((state) => openVote(state.map) !== null);
  const body = bodyOrigin(view);
  const frozen = frozenOrigin(view);
  const scale = { scaleX: view.zoom, scaleY: view.zoom };
  const gripBox = singleSelected && gesture.kind === 'none' && editing !== singleSelected && !voting ? layout.steps.find((box) => box.stepId === singleSelected) : undefined;
  return (
    <Layer listening={false}>
      <Group x={body.x} y={body.y} {...scale}>
        {gesture.kind === 'moveSteps' && <MoveOverlay layout={layout} gesture={gesture} carriedRef={carriedRef} />}
        {gesture.kind === 'resizeStep' && <ResizePreview layout={layout} gesture={gesture} />}
        {gesture.kind === 'placeStep' && gesture.spot && (gesture.spot.inserts ? <DropMark spot={gesture.spot} /> : <SpotOutline spot={gesture.spot} label="New step" />)}
        {gesture.kind === 'marquee' && <Rect {...gesture.rect} fill={EDITOR_COLOURS.selectionTint} stroke={PALETTE.selection} strokeWidth={1 / view.zoom} dash={[4 / view.zoom, 3 / view.zoom]} />}
        {gripBox && <ResizeGrip box={gripBox} />}
      </Group>
      {gesture.kind === 'moveLane' && (
        <Group x={frozen.x} y={body.y} {...scale}>
          <Rect x={0} y={gesture.drop.lineY - 2} width={layout.width} height={4} cornerRadius={2} fill={PALETTE.selection} />
        </Group>
      )}
      {(gesture.kind === 'drawStage' || gesture.kind === 'resizeStage') && (
        <Group x={body.x} y={frozen.y} {...scale}>
          <Rect
            x={layout.axis.x + gesture.fromColumn * layout.columnWidth}
            y={layout.stageRow.y + 1}
            width={(gesture.toColumn - gesture.fromColumn + 1) * layout.columnWidth - 1}
            height={layout.stageRow.height - 2}
            fill={EDITOR_COLOURS.selectionTint}
            stroke={PALETTE.selection}
            strokeWidth={2}
            dash={[6, 4]}
          />
        </Group>
      )}
    </Layer>
  );
}

function MoveOverlay({ layout, gesture, carriedRef }: { readonly layout: MapLayout; readonly gesture: Extract<Gesture, { kind: 'moveSteps' }>; readonly carriedRef: RefObject<Konva.Group | null> }) {
  const ids = new Set(gesture.stepIds);
  const boxes = layout.steps.filter((box) => ids.has(box.stepId));
  // The pointer handler moves this group directly on every pointer move; rendering it places it
  // where the pointer already is, so a re-render never snaps the carried cards back.
  const first = boxes[0];
  const carriedFirst = first ? carriedCards().get(first.stepId) : undefined;
  const offset = first && carriedFirst ? { x: carriedFirst.x - first.x, y: carriedFirst.y - first.y } : { x: 0, y: 0 };
  return (
    <>
      {gesture.spots.map((spot) => (
        <DropMark key={spot.stepId} spot={spot} />
      ))}
      <Group ref={carriedRef} x={offset.x} y={offset.y} opacity={0.92}>
        {boxes.map((box) => (
          <Group key={box.stepId} x={box.x} y={box.y} shadowColor="#1f2933" shadowOpacity={0.22} shadowBlur={14} shadowOffsetY={6}>
            <CardFace box={box} step={stepById(gesture.preview, box.stepId)} selected />
          </Group>
        ))}
      </Group>
    </>
  );
}

/** Where a carried card will land: an outline on its cell, or, where it inserts into the journey, a bar between the moments. */
function DropMark({ spot }: { readonly spot: DropSpot }) {
  if (!spot.inserts) return <SpotOutline spot={spot} />;
  const x = spot.x - LAYOUT_DIMENSIONS.stepInset;
  return (
    <Group x={x} y={spot.y - LAYOUT_DIMENSIONS.stepInset}>
      <Rect x={-2} y={0} width={4} height={spot.height + 2 * LAYOUT_DIMENSIONS.stepInset} cornerRadius={2} fill={EDITOR_COLOURS.insertion} />
      <Line points={[-8, 0, 0, 8, 8, 0]} closed fill={EDITOR_COLOURS.insertion} />
      <Text x={8} y={spot.height + 2 * LAYOUT_DIMENSIONS.stepInset - 2} text="Insert here" fontFamily={FONT_FAMILY} fontSize={12} fontStyle="600" fill={EDITOR_COLOURS.insertion} />
    </Group>
  );
}

function SpotOutline({ spot, label }: { readonly spot: Area; readonly label?: string }) {
  return (
    <Group x={spot.x} y={spot.y}>
      <Rect width={spot.width} height={spot.height} cornerRadius={6} fill={EDITOR_COLOURS.selectionTint} stroke={PALETTE.selection} strokeWidth={2} dash={[7, 5]} />
      {label && <Text x={12} width={spot.width - 24} height={spot.height} text={label} fontFamily={FONT_FAMILY} fontSize={14} fill={PALETTE.selection} verticalAlign="middle" />}
    </Group>
  );
}

function ResizePreview({ layout, gesture }: { readonly layout: MapLayout; readonly gesture: Extract<Gesture, { kind: 'resizeStep' }> }) {
  const box = layout.steps.find((candidate) => candidate.stepId === gesture.stepId);
  if (!box) return null;
  const width = gesture.span * layout.columnWidth - 2 * LAYOUT_DIMENSIONS.stepInset;
  return (
    <Group x={box.x} y={box.y}>
      <Rect width={width} height={box.height} cornerRadius={6} fill={EDITOR_COLOURS.selectionTint} stroke={PALETTE.selection} strokeWidth={2} dash={[7, 5]} />
      <Text
        x={width - 120}
        y={box.height + 4}
        width={112}
        align="right"
        text={gesture.span === 1 ? '1 column' : `${gesture.span} columns`}
        fontFamily={FONT_FAMILY}
        fontSize={12}
        fontStyle="600"
        fill={PALETTE.selection}
      />
      <Rect x={width - RESIZE_GRIP.width / 2} y={(box.height - RESIZE_GRIP.height) / 2} width={RESIZE_GRIP.width} height={RESIZE_GRIP.height} cornerRadius={3} fill={PALETTE.selection} />
    </Group>
  );
}

function ResizeGrip({ box }: { readonly box: StepBox }) {
  return (
    <Group x={box.x + box.width - RESIZE_GRIP.width / 2} y={box.y + (box.height - RESIZE_GRIP.height) / 2}>
      <Rect width={RESIZE_GRIP.width} height={RESIZE_GRIP.height} cornerRadius={3} fill="#ffffff" stroke={PALETTE.selection} strokeWidth={1.5} />
      <Rect x={RESIZE_GRIP.width / 2 - 0.5} y={7} width={1} height={RESIZE_GRIP.height - 14} fill={PALETTE.selection} />
    </Group>
  );
}
