import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { LAYOUT_DIMENSIONS as D } from '../../shared/layout/dimensions';
import { cellAt, type Cell } from '../../shared/layout/hitTest';
import type { DropSpot } from '../../shared/layout/snapping';
import { addStep } from '../../shared/edit/steps';
import { regionAt, scrollingEdges } from '../../shared/layout/viewTransform';
import { dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { startAutoScroll, type AutoScroller } from './autoScroller';
import { previewGapBands } from './canvasLayout';
import { NO_GESTURE, useCanvasStore } from './canvasStore';
import { mountedCanvas } from './canvasView';

const DRAG_THRESHOLD = 4;

/** The cell of the canvas under a page point, and where a new card there would sit. */
function cellUnder(clientX: number, clientY: number): { cell: Cell; spot: DropSpot } | null {
  const canvas = mountedCanvas();
  if (!canvas) return null;
  const bounds = canvas.element.getBoundingClientRect();
  if (clientX < bounds.left || clientX >= bounds.right || clientY < bounds.top || clientY >= bounds.bottom) return null;
  const { region, at } = regionAt(canvas.layout, canvas.view, { x: clientX - bounds.left, y: clientY - bounds.top });
  if (region !== 'body') return null;
  const cell = cellAt(canvas.layout, at);
  const lane = cell && canvas.layout.lanes.find((band) => band.laneId === cell.laneId);
  if (!cell || !lane) return null;
  const inserts = lane.kind === 'journey' && canvas.layout.steps.some((box) => box.laneId === lane.laneId && box.column <= cell.column && box.column + box.span > cell.column);
  return {
    cell,
    spot: {
      stepId: '',
      laneId: cell.laneId,
      column: cell.column,
      inserts,
      x: canvas.layout.axis.x + cell.column * canvas.layout.columnWidth + D.stepInset,
      y: lane.y + D.stepInset,
      width: canvas.layout.columnWidth - 2 * D.stepInset,
      height: D.stepHeight,
    },
  };
}

/**
 * The floating palette over the canvas: drag the Step chip onto a lane and column to add a step
 * there (with the same drop preview and live gaps as a card drag); or press it (Enter, Space,
 * click) to add a step after the selection, as the N key does.
 */
export function Palette() {
  const ghost = useRef<HTMLDivElement>(null);
  const dragged = useRef(false);

  const onPointerDown = (event: ReactPointerEvent<HTMLButtonElement>): void => {
    if (event.button !== 0) return;
    const origin = { x: event.clientX, y: event.clientY };
    dragged.current = false;
    let target: Cell | null = null;
    let lastKey = '';
    let pointer = origin;
    let auto: AutoScroller | null = null;
    // The cell under the pointer, again after the map scrolled under a pointer that stands still.
    const aim = (): void => {
      const under = cellUnder(pointer.x, pointer.y);
      target = under?.cell ?? null;
      const key = under ? `${under.cell.laneId}:${under.cell.column}` : '';
      if (key === lastKey) return;
      lastKey = key;
      const canvas = mountedCanvas();
      if (!under || !canvas) {
        useCanvasStore.setState({ gesture: { kind: 'placeStep', cell: null, spot: null, preview: null, gaps: null } });
        return;
      }
      const { map: preview, stepId } = addStep(useDocumentStore.getState().map, under.cell);
      useCanvasStore.setState({
        gesture: { kind: 'placeStep', cell: under.cell, spot: under.spot, preview, gaps: previewGapBands(canvas.layout, preview, new Map([[stepId, { column: under.cell.column, span: 1 }]])) },
      });
    };
    const onMove = (move: PointerEvent): void => {
      if (!dragged.current && Math.hypot(move.clientX - origin.x, move.clientY - origin.y) < DRAG_THRESHOLD) return;
      dragged.current = true;
      pointer = { x: move.clientX, y: move.clientY };
      if (ghost.current) {
        ghost.current.hidden = false;
        ghost.current.style.transform = `translate(${move.clientX + 10}px, ${move.clientY + 10}px)`;
      }
      aim();
      const canvas = mountedCanvas();
      if (!auto && canvas) {
        const { element } = canvas;
        const edges = () => {
          const now = mountedCanvas() ?? canvas;
          return scrollingEdges(now.layout, now.view, element.clientWidth, element.clientHeight);
        };
        auto = startAutoScroll(canvas.scroller, element, edges, { x: true, y: true }, aim);
      }
      auto?.pointerAt(move.clientX, move.clientY);
    };
    const finish = (): void => {
      auto?.stop();
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      window.removeEventListener('keydown', onKeyDown, true);
      if (ghost.current) ghost.current.hidden = true;
      useCanvasStore.setState({ gesture: NO_GESTURE });
    };
    // Escape drops the chip nowhere, as it cancels a card drag: nothing is added.
    const onKeyDown = (key: KeyboardEvent): void => {
      if (key.key !== 'Escape') return;
      key.preventDefault();
      key.stopPropagation();
      target = null;
      finish();
    };
    const onUp = (): void => {
      finish();
      const cell = target;
      if (dragged.current && cell) dispatch('step.add', cell);
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    window.addEventListener('keydown', onKeyDown, true);
  };

  return (
    <div className="canvas-palette" role="toolbar" aria-label="Palette">
      <button
        type="button"
        className="canvas-palette__chip"
        title="Drag onto a lane to add a step there, or press to add one after the selection (N)"
        onPointerDown={onPointerDown}
        onClick={() => {
          // A drag that ended on the chip itself is not a press.
          if (dragged.current) dragged.current = false;
          else dispatch('step.add');
        }}
      >
        <span className="canvas-palette__card" aria-hidden="true" />
        Step
      </button>
      <div ref={ghost} className="canvas-palette__ghost" hidden aria-hidden="true">
        New step
      </div>
    </div>
  );
}
