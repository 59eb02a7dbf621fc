import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { keepFocusInDialog, tabStops, wrapTab } from '../dialogs/tabStops';
import { closeCompareDialogs } from './compareDialogState';

/**
 * A modal form of the compare feature: focus starts in it and goes back where it was, Tab stays
 * inside, Escape cancels, and no key pressed inside reaches the map (Ctrl+Z in a field undoes typing).
 */
export function DialogFrame({ title, message, children, submit, submitLabel }: { readonly title: string; readonly message: string; readonly children: ReactNode; readonly submit: () => void; readonly submitLabel: string }) {
  const box = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (box.current) tabStops(box.current)[0]?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closeCompareDialogs();
      return;
    }
    wrapTab(event, box.current);
  };
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    submit();
  };
  return (
    <div className="modal-backdrop" onMouseDown={keepFocusInDialog}>
      <form ref={box} className="modal compare-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} onKeyDown={onKeyDown} onSubmit={onSubmit} noValidate>
        <h2 id={`${id}-title`} className="modal__title">
          {title}
        </h2>
        <p id={`${id}-message`} className="modal__message">
          {message}
        </p>
        {children}
        <div className="modal__choices">
          <button type="button" className="button" onClick={closeCompareDialogs}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
