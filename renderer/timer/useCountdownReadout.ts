import { useSyncExternalStore } from 'react';
import { formatRemaining, phaseOf, remainingMs, type CountdownPhase } from '../../shared/timer/countdown';
import { useTimerStore } from '../store/timerStore';

/** The countdown as a readout shows it. */
export interface CountdownReadout {
  /** "4:59". */
  readonly text: string;
  readonly phase: CountdownPhase;
}

/**
 * Listens to the timer, and, while it runs, to the page's clock each time the shown second
 * changes (a wait on the clock the end-to-end tests control), so a readout never lags a second.
 */
function subscribe(onChange: () => void): () => void {
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const wait = (): void => {
    clearTimeout(waiting);
    const { countdown } = useTimerStore.getState();
    if (countdown?.state !== 'running') return;
    const left = countdown.endsAt - Date.now();
    if (left <= 0) return;
    waiting = setTimeout(() => {
      onChange();
      wait();
    }, left % 1000 || 1000);
  };
  const stop = useTimerStore.subscribe(() => {
    onChange();
    wait();
  });
  wait();
  return () => {
    stop();
    clearTimeout(waiting);
  };
}

/** The readout now, as one string, so that React re-renders a reader only when what it shows changes. */
function snapshot(): string {
  const { countdown } = useTimerStore.getState();
  if (!countdown) return '';
  const now = Date.now();
  return `${phaseOf(countdown, now)} ${formatRemaining(remainingMs(countdown, now))}`;
}

/** The countdown as it reads now, or null without one. */
export function useCountdownReadout(): CountdownReadout | null {
  const shown = useSyncExternalStore(subscribe, snapshot);
  if (shown === '') return null;
  const [phase, text] = shown.split(' ') as [CountdownPhase, string];
  return { text, phase };
}
