import type { JourneyMap, Lane } from '../model/journeyMap';
import type { Persona } from '../model/persona';
import { newId } from './ids';
import { putOptionalText } from './optionalText';

/**
 * The avatar colours a persona can take: eight muted tones that stay apart on a projector, none as
 * loud as the gap hatching, each dark enough for white initials (4.5:1), as the report prints them.
 */
export const PERSONA_COLOURS: readonly string[] = ['#4f6d8f', '#7a5c8e', '#3f7f73', '#a0643c', '#8c4a5a', '#5f7a3a', '#8a6d1f', '#5b5f66'];

/** The panel's edit of a persona. An empty description removes the field; goals and frustrations are whole lists. */
export interface PersonaPatch {
  readonly name?: string;
  readonly description?: string;
  readonly goals?: readonly string[];
  readonly frustrations?: readonly string[];
  /** `#rrggbb`; anything else is ignored. */
  readonly colour?: string;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

const isTextList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Adds a persona named `name`, in the first palette colour no persona wears yet (round again once all are taken). */
export function addPersona(map: JourneyMap, name = ''): { map: JourneyMap; personaId: string } {
  const personas = map.personas ?? [];
  const worn = new Set(personas.map((persona) => persona.colour?.toLowerCase()));
  const colour = PERSONA_COLOURS.find((candidate) => !worn.has(candidate)) ?? PERSONA_COLOURS[personas.length % PERSONA_COLOURS.length]!;
  const persona: Persona = { id: newId(map, 'persona'), name: typeof name === 'string' ? name : '', colour };
  return { map: { ...map, personas: [...personas, persona] }, personaId: persona.id };
}

/** Changes a persona's fields; values of the wrong type are ignored; the same map when nothing changes. */
export function updatePersona(map: JourneyMap, personaId: string, patch: PersonaPatch): JourneyMap {
  const personas = map.personas ?? [];
  const persona = personas.find((candidate) => candidate.id === personaId);
  if (!persona) return map;
  const next: Record<string, unknown> = { ...persona };
  let changed = false;
  if (typeof patch.name === 'string' && patch.name !== persona.name) {
    next.name = patch.name;
    changed = true;
  }
  if (typeof patch.description === 'string' && putOptionalText(next, 'description', patch.description)) changed = true;
  for (const key of ['goals', 'frustrations'] as const) {
    const list = patch[key];
    if (!isTextList(list)) continue;
    const current = persona[key] ?? [];
    if (list.length === current.length && list.every((item, index) => item === current[index])) continue;
    // An emptied list leaves the file, as an emptied text field does.
    if (list.length === 0) delete next[key];
    else next[key] = [...list];
    changed = true;
  }
  if (typeof patch.colour === 'string' && COLOUR.test(patch.colour) && patch.colour !== persona.colour) {
    next.colour = patch.colour;
    changed = true;
  }
  if (!changed) return map;
  const updated = next as unknown as Persona;
  return { ...map, personas: personas.map((candidate) => (candidate === persona ? updated : candidate)) };
}

/** Deletes a persona, and in the same edit its name from every lane that named it. */
export function deletePersona(map: JourneyMap, personaId: string): JourneyMap {
  const personas = map.personas ?? [];
  if (!personas.some((persona) => persona.id === personaId)) return map;
  const lanes = map.lanes.map((lane) => {
    if (lane.personaId !== personaId) return lane;
    const { personaId: _removed, ...rest } = lane;
    return rest;
  });
  return { ...map, personas: personas.filter((persona) => persona.id !== personaId), lanes };
}

/** Names the persona who walks a journey lane, or none (`null`). Unknown lanes and personas leave the map unchanged. */
export function assignPersona(map: JourneyMap, laneId: string, personaId: string | null): JourneyMap {
  const lane = map.lanes.find((candidate) => candidate.id === laneId);
  if (!lane) return map;
  if (personaId !== null && !(map.personas ?? []).some((persona) => persona.id === personaId)) return map;
  if ((lane.personaId ?? null) === personaId) return map;
  const { personaId: _old, ...rest } = lane;
  const updated: Lane = personaId === null ? rest : { ...rest, personaId };
  return { ...map, lanes: map.lanes.map((candidate) => (candidate === lane ? updated : candidate)) };
}

/** The journey lanes a persona walks, in map order. */
export function lanesOfPersona(map: JourneyMap, personaId: string): Lane[] {
  return map.lanes.filter((lane) => lane.personaId === personaId);
}
