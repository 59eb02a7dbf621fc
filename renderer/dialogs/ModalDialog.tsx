import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDialogStore, type DialogField } from './dialogStore';
import { tabStops, wrapTab } from './tabStops';

/**
 * The modal dialog the app asks its questions in: focus starts on the primary button and stays
 * inside (Tab and Shift+Tab wrap around), Escape answers Cancel, and focus goes back where it was.
 * A question may come with a few options to pick (Export PDF's page size), answered with it.
 */
export function ModalDialog() {
  const dialog = useDialogStore((state) => state.dialog);
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();
  const [values, setValues] = useState<Readonly<Record<string, string>>>({});
  const [shownFor, setShownFor] = useState(dialog);
  // A new question starts from its own fields' options.
  if (shownFor !== dialog) {
    setShownFor(dialog);
    setValues(Object.fromEntries((dialog?.spec.fields ?? []).map((field) => [field.name, field.value])));
  }

  useEffect(() => {
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (box.current?.querySelector<HTMLElement>('[data-primary]') ?? (box.current ? tabStops(box.current)[0] : undefined))?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, [dialog]);

  if (!dialog) return null;
  const { spec, answer } = dialog;
  const fields = spec.fields ?? [];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in a dialog are the dialog's: none reaches the window's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      answer(spec.cancel, values);
      return;
    }
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className="modal"
        // With options to pick it is a small form, not an alert.
        role={fields.length > 0 ? 'dialog' : 'alertdialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal__title">
          {spec.title}
        </h2>
        <p id={messageId} className="modal__message">
          {spec.message}
        </p>
        {fields.map((field) => (
          <FieldChoice key={field.name} field={field} value={values[field.name] ?? field.value} onChange={(value) => setValues({ ...values, [field.name]: value })} />
        ))}
        <div className="modal__choices">
          {spec.choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              className={`button${choice.primary ? ' button--primary' : ''}`}
              data-primary={choice.primary ? '' : undefined}
              onClick={() => answer(choice.id, values)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** One field's options as radio buttons drawn as a segmented control (arrow keys move between them). */
function FieldChoice({ field, value, onChange }: { readonly field: DialogField; readonly value: string; readonly onChange: (value: string) => void }) {
  const id = useId();
  return (
    <fieldset className="modal__field">
      <legend className="field__label">{field.legend}</legend>
      <div className="segmented">
        {field.options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input type="radio" className="segmented__input" name={`${id}-${field.name}`} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
