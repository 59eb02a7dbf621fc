import { MAP_LIMITS } from '../../shared/model/limits';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { changeWhileTyping, endTyping } from '../store/typingEdits';
import { useDocumentStore } from '../store/documentStore';

interface Line {
  /** A key that stays with the line while lines above it come and go. */
  readonly key: number;
  readonly text: string;
}

interface TextListEditorProps {
  /** The list's name, such as "Goals". */
  readonly label: string;
  /** One item's name, numbered in its accessible name: "Goal 2". */
  readonly itemName: string;
  readonly placeholder: string;
  readonly items: readonly string[];
  /** The typing key of the list; each line adds its index. */
  readonly field: string;
  /** The edit that stores the filled lines. */
  readonly edit: (items: readonly string[]) => (map: JourneyMap) => JourneyMap;
}

// Line keys only need to differ among one list's lines; one counter for all lists is simplest.
let nextLineKey = 0;
const linesOf = (texts: readonly string[]): Line[] => texts.map((text) => ({ key: nextLineKey++, text }));

const filled = (lines: readonly Line[]): string[] => lines.map((line) => line.text).filter((text) => text.trim() !== '');
const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((text, index) => text === b[index]);

/**
 * A list of short texts, one field a line: Enter opens the next line, Backspace in an empty line
 * removes it. Empty lines live only here until something is typed into them (the file keeps only
 * filled ones); typing into one line is one undo step.
 */
export function TextListEditor({ label, itemName, placeholder, items, field, edit }: TextListEditorProps) {
  const [lines, setLines] = useState<Line[]>(() => linesOf(items));
  // Where the focus goes once the lines an event changed are on screen.
  const focusAfterRender = useRef<number | 'add' | null>(null);
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  // When the list changes underneath (undo, another view), the lines follow it.
  if (!sameTexts(filled(lines), items)) setLines(linesOf(items));

  useEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    focusAfterRender.current = null;
    if (target === 'add') addButton.current?.focus();
    else inputs.current.get(target)?.focus();
  });

  const write = (next: Line[], index: number): void => {
    setLines(next);
    changeWhileTyping(`${field}.${index}`, edit(filled(next)));
  };
  const openLineAt = (index: number): void => {
    endTyping();
    const line = { key: nextLineKey++, text: '' };
    setLines([...lines.slice(0, index), line, ...lines.slice(index)]);
    focusAfterRender.current = line.key;
  };
  const removeLine = (index: number): void => {
    endTyping();
    const next = lines.filter((_, at) => at !== index);
    setLines(next);
    useDocumentStore.getState().change(edit(filled(next)));
    const neighbour = next[index - 1] ?? next[index];
    focusAfterRender.current = neighbour ? neighbour.key : 'add';
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      openLineAt(index + 1);
    } else if (event.key === 'Backspace' && lines[index]?.text === '') {
      event.preventDefault();
      removeLine(index);
    }
  };

  return (
    <div className="field text-list" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="field__label">
        {label}
      </p>
      {lines.length > 0 && (
        <ol className="text-list__lines">
          {lines.map((line, index) => (
            <li key={line.key} className="text-list__line">
              <input
                ref={(input) => {
                  if (input) inputs.current.set(line.key, input);
                  else inputs.current.delete(line.key);
                }}
                className="field__input"
                maxLength={MAP_LIMITS.textLength}
                aria-label={`${itemName} ${index + 1}`}
                placeholder={placeholder}
                value={line.text}
                onChange={(event) => write(lines.map((other) => (other === line ? { ...line, text: event.target.value } : other)), index)}
                onBlur={endTyping}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <button type="button" className="text-list__remove" aria-label={`Remove ${itemName.toLowerCase()} ${index + 1}`} title="Remove" onClick={() => removeLine(index)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button button--small" onClick={() => openLineAt(lines.length)}>
        Add {itemName.toLowerCase()}
      </button>
    </div>
  );
}
