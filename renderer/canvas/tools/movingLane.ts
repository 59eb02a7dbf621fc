import { moveLane } from '../../../shared/edit/lanes';
import { laneDrop } from '../../../shared/layout/snapping';
import { commit } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState } from './toolState';

/** Dragging a lane by its header to another place among the lanes of its kind; the map changes on release. */
export function movingLane(laneId: string): ToolState {
  let toIndex: number | null = null;
  const rest = (): void => useCanvasStore.setState({ gesture: NO_GESTURE });
  return {
    autoScroll: { x: false, y: true },
    cursor: 'grabbing',
    move: ({ at, canvas: { layout } }) => {
      const drop = laneDrop(layout, laneId, at.y);
      if (!drop) return;
      toIndex = drop.toIndex;
      useCanvasStore.setState({ gesture: { kind: 'moveLane', laneId, drop } });
    },
    drop: (_input, moved) => {
      rest();
      const index = toIndex;
      if (moved && index !== null) commit({ map: moveLane(useDocumentStore.getState().map, laneId, index) });
    },
    cancel: rest,
  };
}
