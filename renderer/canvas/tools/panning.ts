import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState, ToolSurface } from './toolState';

/** Panning the view with the middle button, or with Space held: the map follows the pointer. */
export function panning(surface: ToolSurface): ToolState {
  const start = surface.scrollPosition();
  useCanvasStore.setState({ gesture: { kind: 'pan' } });
  const rest = (): void => useCanvasStore.setState({ gesture: NO_GESTURE });
  return {
    cursor: 'grabbing',
    move: ({ screen, origin }) => surface.scrollTo(start.left - (screen.x - origin.x), start.top - (screen.y - origin.y)),
    drop: rest,
    cancel: rest,
  };
}
