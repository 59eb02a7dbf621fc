import { useId } from 'react';
import { deletePersona, lanesOfPersona, PERSONA_COLOURS, updatePersona, type PersonaPatch } from '../../../shared/edit/personas';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import type { Persona } from '../../../shared/model/persona';
import { personaLabel } from '../../../shared/words/personaWords';
import { ask } from '../../dialogs/dialogStore';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { TypingField } from '../../widgets/TypingField';
import { PersonaAvatar } from './PersonaAvatar';
import { TextListEditor } from '../../widgets/TextListEditor';

const COLOUR_NAMES: Readonly<Record<string, string>> = {
  '#4f6d8f': 'Slate blue',
  '#7a5c8e': 'Heather',
  '#3f7f73': 'Teal',
  '#a0643c': 'Clay',
  '#8c4a5a': 'Plum',
  '#5f7a3a': 'Moss',
  '#8a6d1f': 'Ochre',
  '#5b5f66': 'Graphite',
};

const closeEditor = (): void => useSessionStore.getState().openPersona(null);

/** Deletes the persona; when lanes name it, only after the user agreed to their losing it. */
async function deleteWithCare(persona: Persona): Promise<void> {
  const lanes = lanesOfPersona(useDocumentStore.getState().map, persona.id);
  if (lanes.length > 0) {
    const titles = lanes.map((lane) => `“${lane.title || 'Untitled lane'}”`).join(', ');
    const choice = await ask({
      title: `Delete ${personaLabel(persona)}?`,
      message: `${lanes.length === 1 ? 'The lane' : 'The lanes'} ${titles} ${lanes.length === 1 ? 'names' : 'name'} this persona and will name no one. Undo brings the persona back.`,
      choices: [
        { id: 'cancel', label: 'Keep' },
        { id: 'delete', label: 'Delete persona', primary: true },
      ],
      cancel: 'cancel',
    });
    if (choice !== 'delete') return;
  }
  useDocumentStore.getState().change((map) => deletePersona(map, persona.id));
  closeEditor();
}

/** One persona's fields: name, description, goals, frustrations, colour; the lanes it walks; Delete. */
export function PersonaEditor({ persona }: { readonly persona: Persona }) {
  const lanes = useDocumentStore((state) => state.map.lanes);
  const walks = lanes.filter((lane) => lane.personaId === persona.id);
  const colourId = useId();
  const walksId = useId();
  const edit =
    (patch: PersonaPatch) =>
    (map: JourneyMap): JourneyMap =>
      updatePersona(map, persona.id, patch);

  return (
    <div className="persona-editor">
      <div className="panel__head">
        <button type="button" className="button button--small button--quiet panel__back" onClick={closeEditor}>
          ‹ All personas
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => void deleteWithCare(persona)}>
          Delete persona
        </button>
      </div>
      <div className="persona-editor__identity">
        <PersonaAvatar persona={persona} size="large" />
        <TypingField label="Name" value={persona.name} field={`${persona.id}.name`} placeholder="Ana, 34, homeowner" edit={(name) => edit({ name })} />
      </div>
      <TypingField
        label="Short description"
        value={persona.description ?? ''}
        field={`${persona.id}.description`}
        placeholder="Who they are, in a sentence"
        multiline
        edit={(description) => edit({ description })}
      />
      <TextListEditor label="Goals" itemName="Goal" placeholder="What do they want?" items={persona.goals ?? []} field={`${persona.id}.goals`} edit={(goals) => edit({ goals })} />
      <TextListEditor
        label="Frustrations"
        itemName="Frustration"
        placeholder="What gets in their way?"
        items={persona.frustrations ?? []}
        field={`${persona.id}.frustrations`}
        edit={(frustrations) => edit({ frustrations })}
      />
      <fieldset className="field">
        <legend id={colourId} className="field__label">
          Colour
        </legend>
        <div className="swatches">
          {PERSONA_COLOURS.map((colour) => (
            <label key={colour} className="swatch" style={{ background: colour }} title={COLOUR_NAMES[colour]}>
              <input
                type="radio"
                className="swatch__input"
                name={colourId}
                aria-label={COLOUR_NAMES[colour]}
                checked={persona.colour?.toLowerCase() === colour}
                onChange={() => useDocumentStore.getState().change(edit({ colour }))}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <p id={walksId} className="field__label">
          Walks
        </p>
        {walks.length === 0 ? (
          <p className="panel__hint">No journey lane names this persona yet: pick it in a journey lane's details.</p>
        ) : (
          <ul className="persona-editor__lanes" aria-labelledby={walksId}>
            {walks.map((lane) => (
              <li key={lane.id}>{lane.title || 'Untitled lane'}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
