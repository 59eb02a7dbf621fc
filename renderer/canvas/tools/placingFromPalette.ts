import { addStep } from '../../../shared/edit/steps';
import { LAYOUT_DIMENSIONS as D } from '../../../shared/layout/dimensions';
import { cellAt, type Cell } from '../../../shared/layout/hitTest';
import type { MapLayout } from '../../../shared/layout/mapLayout';
import type { DropSpot } from '../../../shared/layout/snapping';
import { regionAt, type CanvasView } from '../../../shared/layout/viewTransform';
import type { Point } from '../../../shared/layout/geometry';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { dispatch } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { previewGapBands } from '../canvasLayout';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState } from './toolState';

/** The cell under a screen point of the canvas, and where a new card there would sit; null off the lanes' body. */
export function cellUnder(layout: MapLayout, view: CanvasView, screen: Point): { cell: Cell; spot: DropSpot } | null {
  const { region, at } = regionAt(layout, view, screen);
  if (region !== 'body') return null;
  const cell = cellAt(layout, at);
  const lane = cell && layout.lanes.find((band) => band.laneId === cell.laneId);
  if (!cell || !lane) return null;
  const inserts = lane.kind === 'journey' && layout.steps.some((box) => box.laneId === lane.laneId && box.column <= cell.column && box.column + box.span > cell.column);
  return {
    cell,
    spot: {
      stepId: '',
      laneId: cell.laneId,
      column: cell.column,
      inserts,
      x: layout.axis.x + cell.column * layout.columnWidth + D.stepInset,
      y: lane.y + D.stepInset,
      width: layout.columnWidth - 2 * D.stepInset,
      height: D.stepHeight,
    },
  };
}

/** What the palette's chip hears of its drag: the pointer, for its floating ghost, and the end. */
export interface PaletteGhost {
  at(client: Point): void;
  end(): void;
}

/** What a card dragged in from outside the canvas becomes: the map with it placed at a cell (for the preview), and the change made on release there. */
export interface PlacedCard {
  preview(map: JourneyMap, cell: Cell): { readonly map: JourneyMap; readonly stepId: string };
  place(cell: Cell): void;
}

/**
 * Dragging a new card onto the canvas from outside it (the palette's Step chip, a note of the
 * parking lot): the cell under the pointer shows where the card would go (with the journey insert
 * rule and live gaps, as a card drag does); releasing over a cell places it there. Released
 * anywhere else, nothing happens.
 */
export function placingCard(ghost: PaletteGhost, card: PlacedCard): ToolState {
  let target: Cell | null = null;
  let lastKey: string | null = null;
  const rest = (): void => {
    ghost.end();
    useCanvasStore.setState({ gesture: NO_GESTURE });
  };
  return {
    autoScroll: { x: true, y: true },
    move: ({ screen, client, overCanvas, canvas: { layout, view } }) => {
      ghost.at(client);
      const under = overCanvas ? cellUnder(layout, view, screen) : null;
      target = under?.cell ?? null;
      const key = under ? `${under.cell.laneId}:${under.cell.column}` : '';
      if (key === lastKey) return;
      lastKey = key;
      if (!under) {
        useCanvasStore.setState({ gesture: { kind: 'placeStep', cell: null, spot: null, preview: null, gaps: null } });
        return;
      }
      const { map: preview, stepId } = card.preview(useDocumentStore.getState().map, under.cell);
      const placed = new Map([[stepId, { column: under.cell.column, span: 1 }]]);
      useCanvasStore.setState({ gesture: { kind: 'placeStep', cell: under.cell, spot: under.spot, preview, gaps: previewGapBands(layout, preview, placed) } });
    },
    drop: (_input, moved) => {
      rest();
      if (moved && target) card.place(target);
    },
    cancel: rest,
  };
}

/** Dragging the palette's Step chip onto the canvas: released over a cell, a step is added there with its title open. */
export function placingFromPalette(ghost: PaletteGhost): ToolState {
  return placingCard(ghost, { preview: (map, cell) => addStep(map, cell), place: (cell) => dispatch('step.add', cell) });
}
