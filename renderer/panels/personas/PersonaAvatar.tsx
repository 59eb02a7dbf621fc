import { PERSONA_COLOURS } from '../../../shared/edit/personas';
import type { Persona } from '../../../shared/model/persona';
import { initialsOf } from '../../../shared/words/personaWords';
import { avatarInk } from './avatarInk';

/** A persona's initials in a circle of its colour (the palette's first when it has none); decoration beside its name. */
export function PersonaAvatar({ persona, size = 'small' }: { readonly persona: Persona; readonly size?: 'small' | 'large' }) {
  const colour = persona.colour ?? PERSONA_COLOURS[0]!;
  return (
    <span className={`persona-avatar persona-avatar--${size}`} aria-hidden="true" style={{ background: colour, color: avatarInk(colour) }}>
      {initialsOf(persona.name)}
    </span>
  );
}
