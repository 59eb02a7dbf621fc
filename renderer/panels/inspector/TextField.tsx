import { useId } from 'react';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { changeWhileTyping, endTyping } from '../../commands/typingEdits';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** The typing key: keystrokes into one field coalesce into one undo entry. */
  readonly field: string;
  readonly edit: (value: string) => (map: JourneyMap) => JourneyMap;
  readonly placeholder?: string;
}

/** A text field that writes as it is typed; one undo entry per visit to the field. */
export function TextField({ label, value, field, edit, placeholder }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(event) => changeWhileTyping(field, edit(event.target.value))}
        onBlur={endTyping}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </div>
  );
}
