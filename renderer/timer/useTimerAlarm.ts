import { useEffect } from 'react';
import { useTimerStore } from '../store/timerStore';
import { playTone } from './tone';

/**
 * Rings when the countdown reaches zero: a wait on the page's clock until the moment it ends (waited
 * again if the clock wakes it early), then the tone; the flash shows while the store is ringing.
 */
export function useTimerAlarm(): void {
  const countdown = useTimerStore((state) => state.countdown);
  useEffect(() => {
    if (countdown?.state !== 'running') return;
    let waiting: ReturnType<typeof setTimeout> | undefined;
    const wait = (): void => {
      const left = countdown.endsAt - Date.now();
      if (left <= 0) useTimerStore.getState().ring();
      else waiting = setTimeout(wait, left);
    };
    wait();
    return () => clearTimeout(waiting);
  }, [countdown]);

  const ringing = useTimerStore((state) => state.ringing);
  useEffect(() => {
    if (ringing) playTone();
  }, [ringing]);
}
