import { useId } from 'react';

interface OrderChoiceProps<T extends string> {
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/**
 * A panel's order, once a vote has been revealed: its usual order or most dots first, as two radio
 * buttons drawn as a small segmented control (the arrow keys move between them).
 */
export function OrderChoice<T extends string>({ options, value, onChange }: OrderChoiceProps<T>) {
  const id = useId();
  return (
    <fieldset className="order-choice">
      <legend className="order-choice__legend">Order</legend>
      <div className="segmented order-choice__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input type="radio" className="segmented__input" name={id} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
