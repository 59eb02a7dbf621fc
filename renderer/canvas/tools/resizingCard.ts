import { resizeStep } from '../../../shared/edit/steps';
import type { StepBox } from '../../../shared/layout/mapLayout';
import { snapSpan } from '../../../shared/layout/snapping';
import { commit } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { previewGapBands } from '../canvasLayout';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState } from './toolState';

/** Dragging a card's resize grip: the span snaps to whole columns, with its gaps previewed; the map changes on release. */
export function resizingCard(box: StepBox): ToolState {
  let span = box.span;
  const rest = (): void => useCanvasStore.setState({ gesture: NO_GESTURE });
  return {
    autoScroll: { x: true, y: false },
    cursor: 'ew-resize',
    move: ({ dx, canvas: { layout } }) => {
      const next = snapSpan(box.span, dx, layout.columnWidth);
      if (next === span && useCanvasStore.getState().gesture.kind === 'resizeStep') return;
      span = next;
      const preview = resizeStep(useDocumentStore.getState().map, box.stepId, span);
      const placed = new Map([[box.stepId, { column: box.column, span }]]);
      useCanvasStore.setState({ gesture: { kind: 'resizeStep', stepId: box.stepId, span, preview, gaps: previewGapBands(layout, preview, placed) } });
    },
    drop: (_input, moved) => {
      rest();
      if (moved && span !== box.span) commit({ map: resizeStep(useDocumentStore.getState().map, box.stepId, span) });
    },
    cancel: rest,
  };
}
