/** The window event asking the canvas to scroll these steps into view (the gaps panel sends it). */
export const REVEAL_STEPS_EVENT = 'outside-in:reveal-steps';

/** What the reveal event carries. */
export interface RevealStepsDetail {
  readonly stepIds: readonly string[];
}

/** Asks the canvas to bring these steps into view; the canvas listens on `window`. */
export function revealSteps(stepIds: readonly string[]): void {
  window.dispatchEvent(new CustomEvent<RevealStepsDetail>(REVEAL_STEPS_EVENT, { detail: { stepIds } }));
}
