import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useDialogStore } from './dialogStore';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The modal dialog the app asks its questions in: focus starts on the primary button and stays
 * inside (Tab and Shift+Tab wrap around), Escape answers Cancel, and focus goes back where it was.
 */
export function ModalDialog() {
  const dialog = useDialogStore((state) => state.dialog);
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (box.current?.querySelector<HTMLElement>('[data-primary]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [dialog]);

  if (!dialog) return null;
  const { spec, answer } = dialog;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in a dialog are the dialog's: none reaches the window's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      answer(spec.cancel);
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div ref={box} className="modal" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={messageId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="modal__title">
          {spec.title}
        </h2>
        <p id={messageId} className="modal__message">
          {spec.message}
        </p>
        <div className="modal__choices">
          {spec.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className={`button${choice.primary ? ' button--primary' : ''}`}
              data-primary={choice.primary ? '' : undefined}
              onClick={() => answer(choice.id)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
