import type { Context } from 'konva/lib/Context';
import { Shape } from 'react-konva';
import type { StepBox } from '../../shared/layout/mapLayout';
import { KIND_ACCENT, PALETTE } from '../../shared/style/palette';
import { useCanvasStore } from './canvasStore';
import { useSessionStore } from '../store/sessionStore';

/**
 * Below this zoom a card's title is a few pixels high: no one can read it, and drawing thousands
 * of text nodes is what makes a fitted large map slow. Cards are then drawn as their silhouettes.
 */
export const SILHOUETTE_ZOOM = 0.25;

/**
 * Cards seen from afar: each a white block with its lane kind's edge (a touchpoint's green, an
 * inside-out step's plum), the selected ones outlined in the selection blue. One shape draws them
 * all, so a map fitted at a few percent costs one pass over its boxes, not a component per card.
 */
export function CardSilhouettes({ boxes, zoom }: { readonly boxes: readonly StepBox[]; readonly zoom: number }) {
  const marks = useCanvasStore((state) => state.marks);
  const selection = useSessionStore((state) => state.selection);
  const selected = new Set(selection.kind === 'steps' ? selection.stepIds : []);
  // Lines a screen pixel or two wide, whatever the zoom.
  const hairline = 1 / zoom;
  const draw = (context: Context): void => {
    const ctx = context._context;
    for (const box of boxes) {
      ctx.fillStyle = PALETTE.cardFill;
      ctx.fillRect(box.x, box.y, box.width, box.height);
      const mark = marks.get(box.stepId);
      ctx.fillStyle = mark === 'touchpoint' ? PALETTE.covered : mark === 'unanchored' ? PALETTE.unanchored : KIND_ACCENT[box.laneKind];
      ctx.fillRect(box.x, box.y, Math.min(box.width, Math.max(6, 3 * hairline)), box.height);
    }
    ctx.lineWidth = 2 * hairline;
    ctx.strokeStyle = PALETTE.selection;
    for (const box of boxes) if (selected.has(box.stepId)) ctx.strokeRect(box.x, box.y, box.width, box.height);
  };
  return <Shape sceneFunc={draw} listening={false} perfectDrawEnabled={false} />;
}
