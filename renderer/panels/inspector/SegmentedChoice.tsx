import { useId, type ReactNode } from 'react';

/** One choice of a segmented control: its value, its accessible name, and what the segment shows. */
export interface SegmentedOption<T> {
  readonly value: T;
  readonly name: string;
  /** What the segment shows when it is not just its name (a face for an emotion). */
  readonly face?: ReactNode;
}

interface SegmentedChoiceProps<T> {
  readonly legend: string;
  readonly options: readonly SegmentedOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  /** A line under the control, such as the chosen emotion in words. */
  readonly caption?: string;
}

/**
 * One value among a few, as radio buttons drawn as a segmented control filling the inspector's
 * width: the arrow keys move the choice, as in any radio group, and each choice is one undo step.
 */
export function SegmentedChoice<T>({ legend, options, value, onChange, caption }: SegmentedChoiceProps<T>) {
  const id = useId();
  return (
    <fieldset className="field step-choice" aria-describedby={caption === undefined ? undefined : `${id}-caption`}>
      <legend className="field__label">{legend}</legend>
      <div className="segmented step-choice__options" style={{ gridTemplateColumns: `repeat(${options.length}, auto)` }}>
        {options.map((option, index) => (
          <label key={option.name} className="segmented__option step-choice__option" title={option.face ? option.name : undefined}>
            <input
              type="radio"
              className="segmented__input"
              name={id}
              aria-label={option.face ? option.name : undefined}
              checked={Object.is(option.value, value)}
              onChange={() => onChange(option.value)}
              onKeyDown={(event) => {
                // A radio group wraps round at its ends; here the ends are the ends of a scale
                // (not recorded, very negative … very positive), so ← on the first stays put.
                const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
                const on = event.key === 'ArrowRight' || event.key === 'ArrowDown';
                if ((back && index === 0) || (on && index === options.length - 1)) event.preventDefault();
              }}
            />
            {option.face ?? <span>{option.name}</span>}
          </label>
        ))}
      </div>
      {caption !== undefined && (
        <p id={`${id}-caption`} className="step-choice__caption">
          {caption}
        </p>
      )}
    </fieldset>
  );
}
