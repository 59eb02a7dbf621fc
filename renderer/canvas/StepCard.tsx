import { memo } from 'react';
import { Group } from 'react-konva';
import type { StepBox } from '../../shared/layout/mapLayout';
import { useDocumentStore } from '../store/documentStore';
import { stepById } from '../store/mapIndex';
import { editingStepId, useSessionStore } from '../store/sessionStore';
import { CardFace } from './CardFace';
import { canvasDotsOf } from './canvasDots';
import { isCarried, useCanvasStore } from './canvasStore';

/**
 * A step's card on the cards layer: it selects what its card shows and hands it to the painter
 * (CardFace), which reads no store. Memoised on its box, which the canvas keeps as the same object
 * while the step does not change; the step, selection, drag, coverage mark and dots are selected
 * per card, so a change to one card redraws that card only.
 */
export const StepCard = memo(function StepCard({ box }: { readonly box: StepBox }) {
  const id = box.stepId;
  // The index lookup is the same object back while the step does not change: no re-render.
  const step = useDocumentStore((state) => stepById(state.map, id));
  const selected = useSessionStore((state) => state.selection.kind === 'steps' && state.selection.stepIds.includes(id));
  const editing = useSessionStore((state) => editingStepId(state) === id);
  const carried = useCanvasStore((state) => isCarried(state.gesture, id));
  const mark = useCanvasStore((state) => state.marks.get(id));
  const turn = useSessionStore((state) => state.voteTurn);
  const dots = useDocumentStore((state) => canvasDotsOf(state.map, turn).cards.get(id));
  return (
    <Group x={box.x} y={box.y} opacity={carried ? 0.35 : 1}>
      <CardFace box={box} step={step} selected={selected && !carried} mark={mark} hideTitle={editing} dots={dots} />
    </Group>
  );
});
