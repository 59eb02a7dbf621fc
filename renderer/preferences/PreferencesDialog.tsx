import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Preferences } from '../../shared/host/hostApi';
import { keepFocusInDialog, tabStops, wrapTab } from '../dialogs/tabStops';
import { AUTOSAVE_DELAY_SECONDS, parseAutosaveDelay, secondsText } from './autosaveDelay';
import { closePreferences, usePreferencesDialog } from './preferencesDialogState';
import { usePreferencesStore } from './preferencesStore';

const THEMES: readonly { readonly value: Preferences['theme']; readonly label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Match system' },
];

const PAGE_SIZES: readonly { readonly value: Preferences['pdfPageSize']; readonly label: string }[] = [
  { value: 'A4', label: 'A4' },
  { value: 'A3', label: 'A3' },
];

const STAGES: readonly { readonly value: Preferences['presentationStage']; readonly label: string }[] = [
  { value: 'dark', label: 'Dark' },
  { value: 'light', label: 'Light' },
];

/** The Preferences dialog, while it is open. */
export function PreferencesDialog() {
  const open = usePreferencesDialog((state) => state.open);
  return open ? <PreferencesForm /> : null;
}

/**
 * Theme, PDF page size, presentation stage and autosave delay. Each change is saved through the host at once; what the
 * host refuses is said beside the setting, which keeps its old value. A modal like the app's
 * questions: focus stays inside, Escape closes, and focus goes back where it was.
 */
function PreferencesForm() {
  const preferences = usePreferencesStore((state) => state.preferences);
  const failure = usePreferencesStore((state) => state.failure);
  const loadFailure = usePreferencesStore((state) => state.loadFailure);
  const change = usePreferencesStore((state) => state.change);
  const box = useRef<HTMLDivElement>(null);
  const delay = useRef<DelayField>(null);
  const titleId = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (box.current) tabStops(box.current)[0]?.focus();
    usePreferencesStore.getState().dismissFailure();
    return () => {
      usePreferencesStore.getState().dismissFailure();
      if (before?.isConnected) before.focus();
    };
  }, []);

  const failureOf = (key: keyof Preferences): string | null => (failure?.keys.includes(key) ? failure.message : null);

  const done = async (): Promise<void> => {
    if (await (delay.current?.commit() ?? Promise.resolve(true))) closePreferences();
    else box.current?.querySelector<HTMLElement>('.preferences__delay-input')?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in the dialog are the dialog's: Ctrl+Z in the delay field must not undo the map.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      closePreferences();
      return;
    }
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop" onMouseDown={keepFocusInDialog}>
      <div ref={box} className="modal preferences" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="modal__title preferences__title">
          Preferences
        </h2>
        {loadFailure && (
          <p className="preferences__notice" role="status">
            Your preferences could not be read, so the defaults are in use: {loadFailure}
          </p>
        )}
        <Choice
          name="theme"
          legend="Theme"
          options={THEMES}
          value={preferences.theme}
          hint="The map itself stays light in every theme, as it is printed and projected."
          failure={failureOf('theme')}
          onChange={(theme) => void change({ theme })}
        />
        <Choice
          name="pdfPageSize"
          legend="PDF page size"
          options={PAGE_SIZES}
          value={preferences.pdfPageSize}
          hint="The size Export PDF offers first; each export can choose the other."
          failure={failureOf('pdfPageSize')}
          onChange={(pdfPageSize) => void change({ pdfPageSize })}
        />
        <Choice
          name="presentationStage"
          legend="Presentation stage"
          options={STAGES}
          value={preferences.presentationStage}
          hint="What slides are shown on when you present (F5): dark suits most projectors and dim rooms."
          failure={failureOf('presentationStage')}
          onChange={(presentationStage) => void change({ presentationStage })}
        />
        <AutosaveDelayField ref={delay} ms={preferences.autosaveDelayMs} failure={failureOf('autosaveDelayMs')} />
        <div className="modal__choices preferences__choices">
          <button type="button" className="button button--primary" onClick={() => void done()}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly hint: string;
  readonly failure: string | null;
  readonly onChange: (value: T) => void;
}

/** One preference among a few: radio buttons drawn as a segmented control (arrow keys move between them). */
function Choice<T extends string>({ name, legend, options, value, hint, failure, onChange }: ChoiceProps<T>) {
  const id = useId();
  return (
    <fieldset className="preferences__setting" aria-describedby={failure ? `${id}-failure ${id}-hint` : `${id}-hint`}>
      <legend className="field__label">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              className="segmented__input"
              name={`${id}-${name}`}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {failure && (
        <p id={`${id}-failure`} className="field__problem" role="alert">
          {failure}
        </p>
      )}
      <p id={`${id}-hint`} className="preferences__hint">
        {hint}
      </p>
    </fieldset>
  );
}

/** The autosave delay field as the dialog's Done button sees it. */
interface DelayField {
  /** Saves what is typed if it changed; whether the field holds a saved value afterwards. */
  commit(): Promise<boolean>;
}

interface AutosaveDelayFieldProps {
  readonly ms: number;
  readonly failure: string | null;
  readonly ref: Ref<DelayField>;
}

/**
 * The autosave delay in seconds. Saved on Enter or when focus leaves; what is not a delay from 0.5
 * to 60 seconds stays in the field with a message, and the saved delay is left as it was.
 */
function AutosaveDelayField({ ms, failure, ref }: AutosaveDelayFieldProps) {
  const change = usePreferencesStore((state) => state.change);
  const [draft, setDraft] = useState(secondsText(ms));
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(ms);
  const sending = useRef<{ readonly text: string; readonly saved: Promise<boolean> } | null>(null);
  const id = useId();
  // When the saved delay changes (this field's own save), the draft follows.
  if (shown !== ms) {
    setShown(ms);
    setDraft(secondsText(ms));
    setProblem(null);
  }

  const commit = (): Promise<boolean> => {
    const text = draft.trim();
    if (text === secondsText(ms)) {
      setProblem(null);
      return Promise.resolve(true);
    }
    if (sending.current?.text === text) return sending.current.saved;
    const parsed = parseAutosaveDelay(text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return Promise.resolve(false);
    }
    setProblem(null);
    if (parsed.ms === ms) {
      setDraft(secondsText(ms));
      return Promise.resolve(true);
    }
    const saved = change({ autosaveDelayMs: parsed.ms }).then((ok) => {
      if (sending.current?.saved === saved) sending.current = null;
      // Refused by the host: the field shows the delay that is still in force, the message says why.
      if (!ok) setDraft(secondsText(usePreferencesStore.getState().preferences.autosaveDelayMs));
      return ok;
    });
    sending.current = { text, saved };
    return saved;
  };

  useImperativeHandle(ref, () => ({ commit }));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    }
  };

  const message = problem ?? failure;
  const { min, max } = AUTOSAVE_DELAY_SECONDS;
  return (
    <div className="preferences__setting">
      <label htmlFor={id} className="field__label">
        Autosave delay
      </label>
      <div className="preferences__delay">
        <input
          id={id}
          className="field__input preferences__delay-input"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          aria-invalid={problem ? true : undefined}
          aria-describedby={message ? `${id}-problem ${id}-hint` : `${id}-hint`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
        />
        <span className="preferences__unit">seconds</span>
      </div>
      {message && (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          {message}
        </p>
      )}
      <p id={`${id}-hint`} className="preferences__hint">
        How long after your last change a recovery copy is written ({min} to {max}).
      </p>
    </div>
  );
}
