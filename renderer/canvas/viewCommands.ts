import { clampZoom } from '../store/sessionStore';
import { analysisOf } from '../store/analysisOf';
import type { AnyCommand } from '../commands/command';
import { CANVAS_PADDING, editorLayout } from './canvasLayout';

const ZOOM_STEP = 1.25;
/** The strip at the foot of the canvas a fitted map leaves free for the floating palette. */
const PALETTE_ROOM = 48;

/** Zooming the canvas. */
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
      const { width, height } = session.viewport;
      const layout = editorLayout(map, analysisOf(map));
      const room = { width: width - 2 * CANVAS_PADDING, height: height - 2 * CANVAS_PADDING - PALETTE_ROOM };
      if (room.width <= 0 || room.height <= 0 || layout.width <= 0) return {};
      return { zoom: clampZoom(Math.min(room.width / layout.width, room.height / layout.height)) };
    },
  },
];
