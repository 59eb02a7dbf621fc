import { useId } from 'react';
import { addPersona, assignPersona } from '../../../shared/edit/personas';
import type { Lane } from '../../../shared/model/journeyMap';
import { personaLabel } from '../../../shared/words/personaWords';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';

// A persona's option carries its id behind a prefix, so no id can be mistaken for these two.
const NO_PERSONA = 'none';
const NEW_PERSONA = 'new';
const PERSONA_PREFIX = 'persona:';

/** Creates a persona named after the lane, lets the lane name it (one undo step), and opens it in the Personas tab. */
function newPersonaFor(lane: Lane): void {
  let personaId = '';
  useDocumentStore.getState().change((map) => {
    const added = addPersona(map, lane.title);
    personaId = added.personaId;
    return assignPersona(added.map, lane.id, personaId);
  });
  const session = useSessionStore.getState();
  session.showSidebarTab('personas');
  session.openPersona(personaId);
}

/** Who walks a journey lane: one of the map's personas, none, or a new one. */
export function LanePersonaField({ lane }: { readonly lane: Lane }) {
  const id = useId();
  const personas = useDocumentStore((state) => state.map.personas);
  const named = lane.personaId !== undefined && (personas ?? []).some((persona) => persona.id === lane.personaId);
  const value = named ? PERSONA_PREFIX + lane.personaId! : NO_PERSONA;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Persona
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === NEW_PERSONA) newPersonaFor(lane);
          else useDocumentStore.getState().change((map) => assignPersona(map, lane.id, chosen === NO_PERSONA ? null : chosen.slice(PERSONA_PREFIX.length)));
        }}
      >
        <option value={NO_PERSONA}>No persona</option>
        {(personas ?? []).map((persona) => (
          <option key={persona.id} value={PERSONA_PREFIX + persona.id}>
            {personaLabel(persona)}
          </option>
        ))}
        <option value={NEW_PERSONA}>New persona…</option>
      </select>
    </div>
  );
}
