import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { addMinute, remainingMs, startCountdown, togglePause, type Countdown } from '../../shared/timer/countdown';

/** The workshop's time-box. Never saved in the map: it belongs to this window and this hour. */
export interface TimerState {
  readonly countdown: Countdown | null;
  /** The countdown reached zero and the room is being told (the tone and the flash), until the flash is over. */
  readonly ringing: boolean;
  start(ms: number): void;
  togglePause(): void;
  addMinute(): void;
  stop(): void;
  /** The countdown is at zero: ring, once per time it gets there. */
  ring(): void;
  endRinging(): void;
  /** The time left now; null without a countdown. */
  remaining(): number | null;
}

/** A timer store over a clock; the app's is `useTimerStore`, tests make their own over a clock they move. */
export function createTimerStore(now: () => number): UseBoundStore<StoreApi<TimerState>> {
  return create<TimerState>()((set, get) => {
    const change = (next: (countdown: Countdown) => Countdown): void => {
      const { countdown } = get();
      if (countdown) set({ countdown: next(countdown), ringing: false });
    };
    return {
      countdown: null,
      ringing: false,
      start: (ms) => set({ countdown: startCountdown(now(), ms), ringing: false }),
      togglePause: () => change((countdown) => togglePause(countdown, now())),
      addMinute: () => change((countdown) => addMinute(countdown, now())),
      stop: () => set({ countdown: null, ringing: false }),
      ring: () => {
        const { countdown } = get();
        if (countdown && remainingMs(countdown, now()) === 0) set({ ringing: true });
      },
      endRinging: () => set({ ringing: false }),
      remaining: () => {
        const { countdown } = get();
        return countdown ? remainingMs(countdown, now()) : null;
      },
    };
  });
}

/** The time-box on the page's own clock, which the end-to-end tests control. */
export const useTimerStore = createTimerStore(() => Date.now());
