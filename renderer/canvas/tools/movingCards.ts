import { moveSteps } from '../../../shared/edit/steps';
import type { StepBox } from '../../../shared/layout/mapLayout';
import { dropSpots, snapMove, type MoveSnap } from '../../../shared/layout/snapping';
import { commit } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { previewGapBands, type PlacedStep } from '../canvasLayout';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState, ToolSurface } from './toolState';

/**
 * Carrying cards: the cards follow the pointer on their own layer while the drop spots and the gaps
 * the drop would make are previewed (recomputed only when the snapped place changes); the map
 * changes once, on release. A click without a drag on one of several selected cards selects it alone.
 */
export function movingCards(surface: ToolSurface, layoutSteps: readonly StepBox[], grabbed: StepBox, stepIds: readonly string[]): ToolState {
  const ids = new Set(stepIds);
  const moving = layoutSteps.filter((box) => ids.has(box.stepId));
  let last: MoveSnap | null = null;
  const rest = (): void => {
    surface.release();
    useCanvasStore.setState({ gesture: NO_GESTURE });
  };
  return {
    autoScroll: { x: true, y: true },
    cursor: 'grabbing',
    move: ({ at, dx, dy, canvas: { layout } }) => {
      surface.carry(moving, dx, dy);
      const snap = snapMove(layout, moving, grabbed.laneId, dx, at.y);
      if (last && last.columnDelta === snap.columnDelta && last.laneDelta === snap.laneDelta) return;
      last = snap;
      const preview = moveSteps(useDocumentStore.getState().map, stepIds, snap);
      const spots = dropSpots(layout, moving, snap);
      const placed = new Map<string, PlacedStep>(spots.map((spot, index) => [spot.stepId, { column: spot.column, span: moving[index]!.span }]));
      useCanvasStore.setState({ gesture: { kind: 'moveSteps', stepIds, spots, preview, gaps: previewGapBands(layout, preview, placed) } });
    },
    drop: (_input, moved) => {
      // The carried copy goes back to rest before it unmounts; the cards below take their new
      // places from the layout of the changed map.
      rest();
      const snap = last;
      if (moved && snap && (snap.columnDelta !== 0 || snap.laneDelta !== 0)) commit({ map: moveSteps(useDocumentStore.getState().map, stepIds, snap) });
      else if (!moved && stepIds.length > 1) commit({ selection: { kind: 'steps', stepIds: [grabbed.stepId] } });
    },
    cancel: rest,
  };
}
