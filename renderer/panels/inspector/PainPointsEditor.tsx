import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { changeWhileTyping, endTyping } from '../../commands/typingEdits';
import { changeStepDetails, stepDetailsEdit } from './stepDetailEdits';

const filled = (lines: readonly string[]): string[] => lines.filter((text) => text.trim() !== '');
const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((text, index) => text === b[index]);

/** Which line to focus after the next render: its index, or the Add button. */
type FocusTarget = number | 'add';

/**
 * The step's pain points, one text field a line: Enter opens the next line, Backspace in an empty
 * line removes it. Empty lines live only here until something is typed into them (the step keeps
 * only filled ones), and typing into one line is one undo step.
 */
export function PainPointsEditor({ stepId, painPoints }: { readonly stepId: string; readonly painPoints: readonly string[] }) {
  const [lines, setLines] = useState<readonly string[]>(painPoints);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const headingId = useId();

  // When the step changes underneath (undo, another view), the lines follow it.
  if (!sameTexts(filled(lines), painPoints)) setLines(painPoints);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    if (target === 'add') addButton.current?.focus();
    else inputs.current[target]?.focus();
  });

  const type = (index: number, text: string): void => {
    const next = lines.map((line, at) => (at === index ? text : line));
    setLines(next);
    changeWhileTyping(`${stepId}.painPoints.${index}`, stepDetailsEdit(stepId, { painPoints: filled(next) }));
  };
  const openLineAt = (index: number): void => {
    endTyping();
    setLines([...lines.slice(0, index), '', ...lines.slice(index)]);
    focusNext.current = index;
  };
  const removeLine = (index: number): void => {
    endTyping();
    const next = lines.filter((_, at) => at !== index);
    setLines(next);
    changeStepDetails(stepId, { painPoints: filled(next) });
    focusNext.current = next.length === 0 ? 'add' : Math.max(0, index - 1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      openLineAt(index + 1);
    } else if (event.key === 'Backspace' && lines[index] === '') {
      event.preventDefault();
      removeLine(index);
    }
  };

  return (
    <div className="field pain-points" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="field__label">
        Pain points
      </p>
      {lines.length > 0 && (
        <ol className="pain-points__lines">
          {lines.map((line, index) => (
            // Lines have no identity but their place; the fields are controlled, so reuse by index is safe.
            <li key={index} className="pain-points__line">
              <input
                ref={(input) => {
                  inputs.current[index] = input;
                }}
                className="field__input"
                aria-label={`Pain point ${index + 1}`}
                placeholder="What hurts here?"
                value={line}
                onChange={(event) => type(index, event.target.value)}
                onBlur={endTyping}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <button type="button" className="pain-points__remove" aria-label={`Remove pain point ${index + 1}`} title="Remove" onClick={() => removeLine(index)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button button--small" onClick={() => openLineAt(lines.length)}>
        Add pain point
      </button>
    </div>
  );
}
