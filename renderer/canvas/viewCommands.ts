import { journeyRegion } from '../../shared/layout/journeyRegion';
import type { MapLayout } from '../../shared/layout/mapLayout';
import { clampZoom, type SessionState } from '../store/sessionStore';
import { analysisOf } from '../store/analysisOf';
import type { AnyCommand } from '../commands/command';
import { CANVAS_PADDING, editorLayout } from './canvasLayout';

const ZOOM_STEP = 1.25;
/** The strip at the foot of the canvas a fitted map leaves free for the floating palette. */
const PALETTE_ROOM = 48;

/** The room a fitted map has: the viewport inside the canvas's padding, above the palette. */
function roomOf(session: SessionState): { readonly width: number; readonly height: number } | null {
  const { width, height } = session.viewport;
  const room = { width: width - 2 * CANVAS_PADDING, height: height - 2 * CANVAS_PADDING - PALETTE_ROOM };
  return room.width > 0 && room.height > 0 ? room : null;
}

/** The frozen header column's width and the frozen rows' height, in map pixels: a fitted part of the map is shown beside and under them. */
const frozenOf = (layout: MapLayout) => ({ width: layout.axis.x, height: layout.axis.y + layout.axis.height });

/** Zooming the canvas, and fitting the map, its width or its journey to the window. */
export const VIEW_COMMANDS: readonly AnyCommand[] = [
  { id: 'view.zoomIn', label: 'Zoom in', shortcuts: ['Mod+=', 'Mod+Plus', 'Mod+Shift+Plus'], perform: ({ session }) => ({ zoom: session.viewport.zoom * ZOOM_STEP }) },
  { id: 'view.zoomOut', label: 'Zoom out', shortcuts: ['Mod+-'], perform: ({ session }) => ({ zoom: session.viewport.zoom / ZOOM_STEP }) },
  { id: 'view.zoomReset', label: 'Actual size', shortcuts: ['Mod+0'], perform: () => ({ zoom: 1 }) },
  {
    id: 'view.zoomFit',
    label: 'Fit to window',
    shortcuts: ['Shift+1', 'Shift+!'],
    perform: ({ map, session }) => {
      // The canvas's own layout (with its spare columns) inside its padding: the whole map in view.
      const layout = editorLayout(map, analysisOf(map));
      const room = roomOf(session);
      if (!room || layout.width <= 0) return {};
      return { zoom: clampZoom(Math.min(room.width / layout.width, room.height / layout.height)), scrollTo: { x: 0, y: 0 } };
    },
  },
  {
    id: 'view.zoomFitWidth',
    label: 'Fit width',
    shortcuts: ['Shift+2', 'Shift+@', 'Shift+"'],
    perform: ({ map, session }) => {
      // Every column across the window; the lanes scroll up and down at that size.
      const layout = editorLayout(map, analysisOf(map));
      const room = roomOf(session);
      if (!room || layout.width <= 0) return {};
      return { zoom: clampZoom(room.width / layout.width), scrollTo: { x: 0, y: frozenOf(layout).height } };
    },
  },
  {
    id: 'view.zoomFitJourney',
    label: 'Fit journey',
    shortcuts: ['Shift+3', 'Shift+#', 'Shift+§'],
    enabled: ({ map }) => map.steps.some((step) => map.lanes.some((lane) => lane.id === step.laneId && lane.kind === 'journey')),
    perform: ({ map, session }) => {
      // The journey's columns over its lanes and the lanes that touch it, beside the frozen lane
      // names and under the stage row: as large as the room allows.
      const layout = editorLayout(map, analysisOf(map));
      const region = journeyRegion(map, layout);
      const room = roomOf(session);
      if (!region || !room) return {};
      const frozen = frozenOf(layout);
      const zoom = clampZoom(Math.min(room.width / (frozen.width + region.width), room.height / (frozen.height + region.height)));
      return { zoom, scrollTo: { x: region.x, y: region.y } };
    },
  },
];
