import type { Persona } from '../model/persona';

/** A persona's name as lists show it; an unnamed one still reads as something to pick. */
export const personaLabel = (persona: Persona): string => persona.name.trim() || 'Unnamed persona';

/** One or two capital letters from a name for a persona's avatar, on screen and in print: `Dana Whitfield` → `DW`. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = (words.length > 1 ? [words[0]!, words[words.length - 1]!] : words).map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}
