import { useCountdownReadout } from './useCountdownReadout';
import './timer.css';

/**
 * The countdown as a clock, or nothing without one: in the toolbar and on every slide. Amber in
 * its last minute and at zero in the gaps' colour; paused or at zero it says so in a word too,
 * unless `words` is off (the toolbar, where the button beside it says it), and always to screen readers.
 */
export function TimerReadout({ className = '', words = true }: { readonly className?: string; readonly words?: boolean }) {
  const readout = useCountdownReadout();
  if (!readout) return null;
  const { text, phase } = readout;
  const said = phase === 'paused' ? 'paused' : phase === 'done' ? 'time is up' : phase === 'lastMinute' ? 'last minute' : null;
  return (
    <span className={`timer-readout ${className}`} data-phase={phase} role="timer" aria-label={said ? `Time left ${text}, ${said}` : `Time left ${text}`}>
      <span className="timer-readout__time">{text}</span>
      {words && phase === 'paused' && <span className="timer-readout__note">paused</span>}
      {words && phase === 'done' && <span className="timer-readout__note">time is up</span>}
    </span>
  );
}
