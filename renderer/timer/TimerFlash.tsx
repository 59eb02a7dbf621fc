import { useEffect } from 'react';
import { useTimerStore } from '../store/timerStore';
import './timer.css';

/** How long the window flashes when time is up; a few soft pulses. */
export const FLASH_MS = 2_400;

/** A flash over the whole window when the countdown reaches zero, above a presentation too; then it goes. */
export function TimerFlash() {
  const ringing = useTimerStore((state) => state.ringing);
  useEffect(() => {
    if (!ringing) return;
    const done = setTimeout(() => useTimerStore.getState().endRinging(), FLASH_MS);
    return () => clearTimeout(done);
  }, [ringing]);
  if (!ringing) return null;
  return (
    <div className="timer-flash" role="alert" style={{ animationDuration: `${FLASH_MS}ms` }}>
      <span className="visually-hidden">Time is up</span>
    </div>
  );
}
