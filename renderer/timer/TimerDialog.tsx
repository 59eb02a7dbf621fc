import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parseDuration, TIMER_PRESETS } from '../../shared/timer/countdown';
import { keepFocusInDialog, wrapTab } from '../dialogs/tabStops';
import { useTimerStore } from '../store/timerStore';
import { closeTimerDialog, useTimerDialog } from './timerDialogState';
import './timer.css';

/** The dialog that starts the timer, while it is open. */
export function TimerDialog() {
  const open = useTimerDialog((state) => state.open);
  return open ? <TimerForm /> : null;
}

/**
 * A time-box in one step: a preset (2, 5, 10 or 15 minutes) or a typed time and Enter, so "T 5
 * Enter" starts five minutes without the mouse. Starting replaces a countdown under way. A modal
 * like the app's others: focus stays inside, Escape closes, and focus goes back where it was.
 */
function TimerForm() {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    field.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const start = (ms: number): void => {
    useTimerStore.getState().start(ms);
    closeTimerDialog();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseDuration(typed);
    if (parsed.ok) start(parsed.ms);
    else setProblem(parsed.message);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in the dialog are the dialog's: no shortcut of the window or of a slide acts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closeTimerDialog();
      return;
    }
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop timer-dialog__backdrop" onMouseDown={keepFocusInDialog}>
      <div ref={box} className="modal timer-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="modal__title">
          Start a timer
        </h2>
        <div className="timer-dialog__presets" role="group" aria-label="Presets">
          {TIMER_PRESETS.map((minutes) => (
            <button key={minutes} type="button" className="button" onClick={() => start(minutes * 60_000)}>
              {minutes} min
            </button>
          ))}
        </div>
        <form className="timer-dialog__typed" onSubmit={submit} noValidate>
          <label htmlFor={fieldId} className="field__label">
            Or type minutes
          </label>
          <div className="timer-dialog__row">
            <input
              ref={field}
              id={fieldId}
              className="field__input"
              inputMode="decimal"
              autoComplete="off"
              placeholder="7:30"
              value={typed}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${fieldId}-problem` : undefined}
              onChange={(event) => {
                setTyped(event.target.value);
                setProblem(null);
              }}
            />
            <button type="submit" className="button button--primary">
              Start
            </button>
          </div>
          {problem && (
            <p id={`${fieldId}-problem`} className="field__problem" role="alert">
              {problem}
            </p>
          )}
        </form>
        <div className="modal__choices">
          <button type="button" className="button" onClick={closeTimerDialog}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
