import { useId } from 'react';
import { addPersona } from '../../../shared/edit/personas';
import type { Persona } from '../../../shared/model/persona';
import { commandContext, commit } from '../../commands/dispatch';
import { personaLabel } from '../../../shared/words/personaWords';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaEditor } from './PersonaEditor';
import './personas.css';

const NO_PERSONAS: readonly Persona[] = [];

/** Adds an unnamed persona (one undo step) and opens it with its name ready to type. */
function addAndOpen(): void {
  const { map, personaId } = addPersona(commandContext().map);
  commit({ map });
  const session = useSessionStore.getState();
  session.openPersona(personaId);
  session.requestFocus(`${personaId}.name`);
}

/**
 * Who walks the map's journeys: the list of personas (avatar, name, description), and the open
 * one's fields in place of the list.
 */
export function PersonasPanel() {
  const personas = useDocumentStore((state) => state.map.personas ?? NO_PERSONAS);
  const openId = useSessionStore((state) => state.openPersonaId);
  const headingId = useId();
  const open = personas.find((persona) => persona.id === openId);

  return (
    <section className="panel personas-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Personas
      </h2>
      {open ? (
        <PersonaEditor key={open.id} persona={open} />
      ) : (
        <>
          <div className="panel__head">
            <p className="panel__hint">{personas.length === 0 ? 'Who walks the journey?' : personas.length === 1 ? '1 persona' : `${personas.length} personas`}</p>
            <button type="button" className="button button--small" onClick={addAndOpen}>
              Add persona
            </button>
          </div>
          {personas.length === 0 ? (
            <p className="panel__hint">A persona gives the customer a name, goals and frustrations. A journey lane names the persona who walks it, and the report's cover shows them.</p>
          ) : (
            <ul className="persona-list">
              {personas.map((persona) => (
                <li key={persona.id}>
                  <button type="button" className="panel-row persona-row" onClick={() => useSessionStore.getState().openPersona(persona.id)}>
                    <PersonaAvatar persona={persona} />
                    <span className="persona-row__text">
                      <span className="persona-row__name">{personaLabel(persona)}</span>
                      {persona.description && <span className="persona-row__description">{persona.description}</span>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
