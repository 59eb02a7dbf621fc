import { updateStage } from '../../../shared/edit/stages';
import { columnAt, type StageEdge } from '../../../shared/layout/hitTest';
import type { StageHeader } from '../../../shared/layout/mapLayout';
import { resizeStageEdge, stageSpan } from '../../../shared/layout/snapping';
import { commit, dispatch } from '../../commands/dispatch';
import { NOTHING_SELECTED } from '../../store/sessionStore';
import { useDocumentStore } from '../../store/documentStore';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState } from './toolState';

const rest = (): void => useCanvasStore.setState({ gesture: NO_GESTURE });

/** Dragging a stage's edge over whole columns; the map changes on release. */
export function resizingStage(stage: StageHeader, edge: StageEdge): ToolState {
  let columns: { fromColumn: number; toColumn: number } | null = null;
  return {
    autoScroll: { x: true, y: false },
    cursor: 'ew-resize',
    move: ({ at, canvas: { layout } }) => {
      columns = resizeStageEdge(layout, stage, edge, at.x);
      useCanvasStore.setState({ gesture: { kind: 'resizeStage', stageId: stage.stageId, ...columns } });
    },
    drop: (_input, moved) => {
      rest();
      const range = columns;
      if (moved && range) commit({ map: updateStage(useDocumentStore.getState().map, stage.stageId, range) });
    },
    cancel: rest,
  };
}

/**
 * Drawing a new stage across the empty stage row: on release it is added over the columns drawn
 * and its title opens for typing. A click there selects nothing.
 */
export function drawingStage(startColumn: number): ToolState {
  let span = stageSpan(startColumn, startColumn);
  return {
    autoScroll: { x: true, y: false },
    cursor: 'ew-resize',
    move: ({ at, canvas: { layout } }) => {
      span = stageSpan(startColumn, columnAt(layout, at.x));
      useCanvasStore.setState({ gesture: { kind: 'drawStage', ...span } });
    },
    drop: (_input, moved) => {
      rest();
      if (moved) dispatch('stage.add', { ...span, title: '' });
      else commit({ selection: NOTHING_SELECTED });
    },
    cancel: rest,
  };
}
