import type { Persona } from '../../../shared/model/persona';

/** A persona's name as lists show it; an unnamed one still reads as something to pick. */
export const personaLabel = (persona: Persona): string => persona.name.trim() || 'Unnamed persona';
