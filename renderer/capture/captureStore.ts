import { create } from 'zustand';
import type { CaptureState } from '../../shared/edit/capture';

/** The capture bar: whether it is open, where capturing stands, and where the focus was before it opened. */
interface CaptureBarState {
  readonly open: boolean;
  readonly capture: CaptureState;
  /** The element to give the focus back to when the bar closes (the canvas, an outline field). */
  readonly returnFocus: HTMLElement | null;
  /** Bumped on every opening, so a bar already open takes the focus again when asked. */
  readonly openings: number;
  openBar(anchorStepId: string | null, returnFocus: HTMLElement | null): void;
  closeBar(): void;
  setCapture(capture: CaptureState): void;
}

const NOTHING_CAPTURED: CaptureState = { anchorStepId: null, lastLaneIds: { process: null, context: null } };

export const useCaptureStore = create<CaptureBarState>()((set) => ({
  open: false,
  capture: NOTHING_CAPTURED,
  returnFocus: null,
  openings: 0,
  // The lanes used last are kept between openings: a workshop goes on where it left off.
  openBar: (anchorStepId, returnFocus) =>
    set((state) => ({ open: true, capture: { ...state.capture, anchorStepId }, returnFocus: state.open ? state.returnFocus : returnFocus, openings: state.openings + 1 })),
  closeBar: () => set({ open: false, returnFocus: null }),
  setCapture: (capture) => set({ capture }),
}));
