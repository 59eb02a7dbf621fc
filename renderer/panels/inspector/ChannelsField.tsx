import { MAP_LIMITS } from '../../../shared/model/limits';
import { useId, useState } from 'react';

/** The channels most journeys use, offered as chips; anything else is typed. */
export const COMMON_CHANNELS: readonly string[] = ['Web', 'App', 'Phone', 'Email', 'Store', 'Chat', 'Letter', 'In person'];

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Where the customer meets the step: toggle chips for the common channels, the step's other
 * channels as chips too (pressing one removes it), and a field to type another one into.
 */
export function ChannelsField({ channels, onChange }: { readonly channels: readonly string[]; readonly onChange: (channels: readonly string[]) => void }) {
  const [other, setOther] = useState('');
  const headingId = useId();
  const otherId = useId();
  const has = (name: string): boolean => channels.some((channel) => sameName(channel, name));
  const toggle = (name: string): void => onChange(has(name) ? channels.filter((channel) => !sameName(channel, name)) : [...channels, name]);
  const others = channels.filter((channel) => !COMMON_CHANNELS.some((common) => sameName(common, channel)));
  const addOther = (): void => {
    const name = other.trim();
    if (name === '') return;
    const common = COMMON_CHANNELS.find((candidate) => sameName(candidate, name));
    if (!has(name)) onChange([...channels, common ?? name]);
    setOther('');
  };

  return (
    <div className="field channels" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="field__label">
        Channels
      </p>
      <div className="chips">
        {[...COMMON_CHANNELS, ...others].map((name) => (
          <button key={name} type="button" className="chip" aria-pressed={has(name)} onClick={() => toggle(name)}>
            {name}
          </button>
        ))}
      </div>
      <div className="channels__other">
        <label htmlFor={otherId} className="visually-hidden">
          Other channel
        </label>
        <input
          id={otherId}
          className="field__input"
          value={other}
          maxLength={MAP_LIMITS.textLength}
          placeholder="Other channel, then Enter"
          spellCheck={false}
          onChange={(event) => setOther(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addOther();
            }
          }}
        />
        <button type="button" className="button button--small" disabled={other.trim() === ''} onClick={addOther}>
          Add
        </button>
      </div>
    </div>
  );
}
