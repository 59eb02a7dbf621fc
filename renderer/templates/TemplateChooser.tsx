import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { keepFocusInDialog, wrapTab } from '../dialogs/tabStops';
import { BUNDLED_TEMPLATES, templateTitle } from './bundledTemplates';
import { useTemplateChooser } from './templateChooserState';
import { templateSummary } from './templateSummary';
import './templates.css';

// The figures do not change while the app runs: worked out once, on first use.
let summaries: ReadonlyMap<string, string> | null = null;
const summaryOf = (id: string): string => {
  summaries ??= new Map(BUNDLED_TEMPLATES.map((template) => [template.id, templateSummary(template.map)]));
  return summaries.get(id) ?? '';
};

/** File ▸ New's chooser, while it is open. */
export function TemplateChooser() {
  const answer = useTemplateChooser((state) => state.answer);
  return answer ? <ChooserDialog answer={answer} /> : null;
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The blank map first, then the examples, each with its one-line description and figures. A modal
 * like the app's questions: the arrows move between the templates, Enter or a click opens one,
 * Escape cancels, focus stays inside and goes back where it was.
 */
function ChooserDialog({ answer }: { readonly answer: NonNullable<ReturnType<typeof useTemplateChooser.getState>['answer']> }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.current?.querySelector<HTMLElement>('.template')?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const cards = (): HTMLElement[] => [...(box.current?.querySelectorAll<HTMLElement>('.template') ?? [])];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // Keys pressed in the chooser are the chooser's: none reaches the window's shortcuts.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      answer(null);
      return;
    }
    const move = MOVES[event.key];
    const all = cards();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (move && index >= 0) {
      event.preventDefault();
      all[move(index, all.length)]?.focus();
      return;
    }
    // Of the list, Tab stops only at the card last reached by the arrows (its tabindex is 0).
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop template-chooser__backdrop" onMouseDown={keepFocusInDialog}>
      <div ref={box} className="modal template-chooser" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={messageId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="modal__title">
          New map
        </h2>
        <p id={messageId} className="modal__message">
          Start blank, or from an example to adapt. It opens as a new, untitled map.
        </p>
        <ul className="template-chooser__list" aria-label="Start from">
          {BUNDLED_TEMPLATES.map((template, index) => (
            <li key={template.id}>
              <button
                type="button"
                className="template"
                tabIndex={index === 0 ? 0 : -1}
                // The arrows carry the single tab stop along, so Tab and Shift+Tab come back to the card last reached.
                onFocus={(event) => {
                  for (const card of cards()) card.tabIndex = card === event.currentTarget ? 0 : -1;
                }}
                onClick={() => answer(template)}
              >
                <span className="template__title">{templateTitle(template)}</span>
                <span className="template__description">{template.description}</span>
                <span className="template__meta">{summaryOf(template.id)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="modal__choices">
          <button type="button" className="button" onClick={() => answer(null)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
