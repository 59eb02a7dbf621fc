import { useId, useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  readonly label: string;
  /** The value as people count it (columns from 1); null shows an empty field. */
  readonly value: number | null;
  /** Why a whole number would be refused, or null when it is fine. */
  readonly check: (value: number) => string | null;
  readonly onCommit: (value: number) => void;
  /** When given, the field may be emptied: committing it empty calls this (the value is removed). */
  readonly onClear?: () => void;
  readonly placeholder?: string;
}

/**
 * A whole-number field that commits on Enter or when it loses focus, once. What is not a whole
 * number, or what `check` refuses, stays in the field with a message beside it, and the map is
 * left as it was. Escape puts the current value back.
 */
export function NumberField({ label, value, check, onCommit, onClear, placeholder }: NumberFieldProps) {
  const [draft, setDraft] = useState(textOf(value));
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  const id = useId();
  // When the map changes underneath (undo, a drag, this field's own commit), the draft follows.
  if (shown !== value) {
    setShown(value);
    setDraft(textOf(value));
    setProblem(null);
  }

  const commit = (): void => {
    const text = draft.trim();
    if (text === textOf(value)) {
      setProblem(null);
      return;
    }
    if (text === '' && onClear) {
      setProblem(null);
      onClear();
      return;
    }
    const parsed = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    const refusal = Number.isSafeInteger(parsed) ? check(parsed) : 'Enter a whole number.';
    setProblem(refusal);
    if (!refusal) onCommit(parsed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && (draft !== textOf(value) || problem)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(textOf(value));
      setProblem(null);
    }
  };

  return (
    <div className="field field--number">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        inputMode="numeric"
        value={draft}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

const textOf = (value: number | null): string => (value === null ? '' : String(value));
