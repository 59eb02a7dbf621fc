import { useCountdownReadout } from './useCountdownReadout';
import './timer.css';

/**
 * The countdown as a clock, or nothing without one: in the toolbar and on every slide. Amber in
 * its last minute and at zero in the gaps' colour, with a word as well as a colour for each.
 */
export function TimerReadout({ className = '' }: { readonly className?: string }) {
  const readout = useCountdownReadout();
  if (!readout) return null;
  const { text, phase } = readout;
  const said = phase === 'paused' ? 'paused' : phase === 'done' ? 'time is up' : phase === 'lastMinute' ? 'last minute' : null;
  return (
    <span className={`timer-readout ${className}`} data-phase={phase} role="timer" aria-label={said ? `Time left ${text}, ${said}` : `Time left ${text}`}>
      <span className="timer-readout__time">{text}</span>
      {phase === 'paused' && <span className="timer-readout__note">paused</span>}
      {phase === 'done' && <span className="timer-readout__note">time is up</span>}
    </span>
  );
}
