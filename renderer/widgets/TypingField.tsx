import { MAP_LIMITS } from '../../shared/model/limits';
import { useEffect, useId, useRef } from 'react';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { changeWhileTyping, endTyping } from '../store/typingEdits';
import { useSessionStore } from '../store/sessionStore';

interface TypingFieldProps {
  readonly label: string;
  readonly value: string;
  /** The typing key: keystrokes into one field coalesce into one undo entry; also the key a focus request names. */
  readonly field: string;
  readonly edit: (value: string) => (map: JourneyMap) => JourneyMap;
  readonly placeholder?: string;
  /** A few lines of text (a description) instead of one. */
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
}

/**
 * A panel field that writes as it is typed, one undo entry per visit. It takes the focus (text
 * selected) when the session asks for its key, as for the title of an opportunity just made.
 */
export function TypingField({ label, value, field, edit, placeholder, multiline = false, type = 'text' }: TypingFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const focusWanted = useSessionStore((state) => state.focusRequest === field);

  useEffect(() => {
    if (!focusWanted || !input.current) return;
    input.current.focus();
    input.current.select();
    input.current.scrollIntoView({ block: 'nearest' });
    useSessionStore.getState().requestFocus(null);
  }, [focusWanted]);

  const common = {
    id,
    ref: input,
    className: multiline ? 'field__input field__input--lines' : 'field__input',
    value,
    placeholder,
    // The file's bound (shared/model/limits.ts): typing or pasting stops there, so no title is refused on save.
    maxLength: multiline ? MAP_LIMITS.textLength : MAP_LIMITS.titleLength,
    onChange: (event: { target: { value: string } }) => changeWhileTyping(field, edit(event.target.value)),
    onBlur: endTyping,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={type}
          spellCheck={false}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      )}
    </div>
  );
}
