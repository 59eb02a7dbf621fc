import { create } from 'zustand';
import type { CoverageMark } from '../../shared/analysis/coverageMarks';
import type { Cell } from '../../shared/layout/hitTest';
import type { GapBand, Rect } from '../../shared/layout/mapLayout';
import type { DropSpot, LaneDrop } from '../../shared/layout/snapping';
import type { JourneyMap } from '../../shared/model/journeyMap';

/**
 * A gesture in progress on the canvas. Gestures that change the document carry the map as it
 * would be after the drop (`preview`) and the gap bands of that map, so the room watches the
 * gaps open and close while the card is still in the hand; the document itself changes once, on drop.
 */
export type Gesture =
  | { readonly kind: 'none' }
  | { readonly kind: 'moveSteps'; readonly stepIds: readonly string[]; readonly spots: readonly DropSpot[]; readonly preview: JourneyMap; readonly gaps: readonly GapBand[] }
  | { readonly kind: 'resizeStep'; readonly stepId: string; readonly span: number; readonly preview: JourneyMap; readonly gaps: readonly GapBand[] }
  | { readonly kind: 'placeStep'; readonly cell: Cell | null; readonly spot: DropSpot | null; readonly preview: JourneyMap | null; readonly gaps: readonly GapBand[] | null }
  | { readonly kind: 'marquee'; readonly rect: Rect }
  | { readonly kind: 'moveLane'; readonly laneId: string; readonly drop: LaneDrop }
  | { readonly kind: 'drawStage'; readonly fromColumn: number; readonly toColumn: number }
  | { readonly kind: 'resizeStage'; readonly stageId: string; readonly fromColumn: number; readonly toColumn: number }
  | { readonly kind: 'pan' };

export const NO_GESTURE: Gesture = { kind: 'none' };


/** State of the canvas view only: never saved, never undone, and no other view needs it. */
export interface CanvasState {
  readonly scrollLeft: number;
  readonly scrollTop: number;
  readonly gesture: Gesture;
  /** Coverage marks of the map on screen (the previewed one during a drag), by step id. */
  readonly marks: ReadonlyMap<string, CoverageMark>;
}

export const useCanvasStore = create<CanvasState>()(() => ({
  scrollLeft: 0,
  scrollTop: 0,
  gesture: NO_GESTURE,
  marks: new Map(),
}));

/** The previewed map of a gesture, if it previews one. */
export function previewOf(gesture: Gesture): JourneyMap | null {
  return 'preview' in gesture ? gesture.preview : null;
}

/** Whether a step's card is being carried by a drag (its place on the layer below is then shown dimmed). */
export function isCarried(gesture: Gesture, stepId: string): boolean {
  return gesture.kind === 'moveSteps' && gesture.stepIds.includes(stepId);
}
