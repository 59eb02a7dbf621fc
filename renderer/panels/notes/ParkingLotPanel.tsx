import { useId, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { placeNote } from '../../../shared/edit/notes';
import { MAP_LIMITS } from '../../../shared/model/limits';
import type { Note } from '../../../shared/model/workshop';
import { placingCard } from '../../canvas/tools/placingFromPalette';
import { startCanvasGesture } from '../../canvas/tools/useCanvasInput';
import { useDocumentStore } from '../../store/documentStore';
import { discardNote, parkNote, placeNoteAt } from './noteActions';
import './notes.css';

const NO_NOTES: readonly Note[] = [];

/**
 * The parking lot: ideas said in the room that have no place on the map yet. Type one here or
 * with ? in the capture bar; drag a note onto a lane and column to make it a step there, or press
 * Place to add it after the selected step. Each is one undo step.
 */
export function ParkingLotPanel() {
  const notes = useDocumentStore((state) => state.map.notes ?? NO_NOTES);
  const [text, setText] = useState('');
  const headingId = useId();
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (parkNote(text)) setText('');
  };

  return (
    <section className="panel parking-lot" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Parking lot
      </h2>
      <input
        className="field__input parking-lot__new"
        type="text"
        value={text}
        maxLength={MAP_LIMITS.textLength}
        placeholder="Park an idea…"
        aria-label="Park an idea"
        aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="panel__hint parking-lot__hint">
        {notes.length === 0
          ? 'Ideas said in the room that have no place yet. Type one here, or start a line with ? in the capture bar (Ctrl+K).'
          : 'Drag a note onto a lane to make it a step there, or press Place to add it after the selected step.'}
      </p>
      {notes.length > 0 && (
        <ul className="parking-lot__notes" aria-label="Parked notes">
          {notes.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** A parked note: drag it by its card onto the canvas, or place or delete it with its buttons. */
function NoteCard({ note }: { readonly note: Note }) {
  const ghost = useRef<HTMLDivElement>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    startCanvasGesture(
      event.nativeEvent,
      placingCard(
        {
          at: (client) => {
            if (!ghost.current) return;
            ghost.current.hidden = false;
            ghost.current.style.transform = `translate(${client.x + 10}px, ${client.y + 10}px)`;
          },
          end: () => {
            if (ghost.current) ghost.current.hidden = true;
          },
        },
        { preview: (map, cell) => placeNote(map, note.id, cell), place: (cell) => placeNoteAt(note.id, cell) },
      ),
    );
  };

  return (
    <li className="note-card">
      <div className="note-card__body" onPointerDown={onPointerDown} title="Drag onto a lane to make it a step there">
        <p className="note-card__text">{note.text}</p>
        {note.author && <p className="note-card__author">{note.author}</p>}
      </div>
      <div className="note-card__actions">
        <button type="button" className="button button--small" onClick={() => placeNoteAt(note.id)}>
          Place
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={`Delete the note “${note.text.slice(0, 40)}”`} onClick={() => discardNote(note.id)}>
          Delete
        </button>
      </div>
      <div ref={ghost} className="note-card__ghost" hidden aria-hidden="true">
        {note.text}
      </div>
    </li>
  );
}
