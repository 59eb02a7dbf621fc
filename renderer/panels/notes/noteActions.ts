import { addNote, deleteNote, placeNote } from '../../../shared/edit/notes';
import type { Cell } from '../../../shared/layout/hitTest';
import { shortened } from '../../../shared/words/shortened';
import { commandContext, commit } from '../../commands/dispatch';
import { targetAfterSelection } from '../../editing/editTargets';

/** Parks an idea typed into the parking lot itself; whether there was anything to park. */
export function parkNote(text: string): boolean {
  const { map, noteId } = addNote(commandContext().map, text);
  if (!noteId) return false;
  commit({ map, history: 'record' });
  return true;
}

/**
 * Makes a note a step at a cell (dropped there), or after the selection (Place, from the
 * keyboard), in one undo step; the new step is selected so the canvas and the outline show it.
 */
export function placeNoteAt(noteId: string, cell?: Cell): void {
  const { map, session } = commandContext();
  const target = cell ?? targetAfterSelection(map, session.selection);
  if (!target) {
    commit({ notice: 'Add a lane first: a note is placed as a step on a lane.' });
    return;
  }
  const placed = placeNote(map, noteId, target);
  if (placed.stepId) commit({ map: placed.map, history: 'record', selection: { kind: 'steps', stepIds: [placed.stepId] } });
}

/** Deletes a note, with Undo offered in the status line. */
export function discardNote(noteId: string): void {
  const { map } = commandContext();
  const note = map.notes?.find((candidate) => candidate.id === noteId);
  if (!note) return;
  commit({ map: deleteNote(map, noteId), history: 'record', notice: `Deleted the note “${shortened(note.text, 50)}”.`, offerUndo: true });
}
