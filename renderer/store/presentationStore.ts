import { create } from 'zustand';

/** Which way the last move went, so the slide comes in from that side. */
export type SlideDirection = 'forward' | 'back' | 'none';

/** A presentation under way. Session state: never saved, never undone, and it edits nothing. */
export interface Presenting {
  /** The slide on screen, counted from 0. */
  readonly slide: number;
  readonly direction: SlideDirection;
  /** The screen is blanked (B or the full stop, as clickers send): the room looks at the people. */
  readonly blanked: boolean;
  /** Digits typed to jump to a slide, until Enter. */
  readonly typed: string;
  /** Whether the presentation put the window into full screen, and so takes it out again when it ends. */
  readonly enteredFullScreen: boolean;
}

interface PresentationState {
  readonly presenting: Presenting | null;
}

/**
 * The presentation on screen, if any. In the store layer because the dispatcher reads it: while a
 * presentation runs, only the commands meant for it run (`whilePresenting`), so nothing edits the map.
 */
export const usePresentationStore = create<PresentationState>()(() => ({ presenting: null }));

/** Whether a presentation is on screen now. */
export const isPresenting = (): boolean => usePresentationStore.getState().presenting !== null;
