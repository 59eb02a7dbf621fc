import { create } from 'zustand';

/** A curve point in the hand: where the pointer holds it, and the whole emotion it would be let go at. */
export interface EmotionDrag {
  readonly laneId: string;
  readonly stepId: string;
  /** The point's map y, following the pointer within the band's −2…+2. */
  readonly y: number;
  readonly emotion: number;
}

/** The emotion drag in progress, if any: only the band of its lane listens, so the cards do not repaint. */
export const useEmotionDragStore = create<{ readonly drag: EmotionDrag | null }>()(() => ({ drag: null }));
