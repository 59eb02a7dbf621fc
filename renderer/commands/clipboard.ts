import { copySteps, pasteSteps, readClipboardSteps } from '../../shared/edit/clipboard';
import { deleteSteps } from '../../shared/edit/steps';
import { useDocumentStore } from '../store/documentStore';
import { selectedStepIds, useSessionStore } from '../store/sessionStore';
import { targetAfterSelection } from './editTargets';

// Copy and paste carry steps as JSON text, so they travel between two open maps, two windows,
// or into a text editor and back.

/** The selected steps as clipboard text, or null when no step is selected. */
export function selectionAsClipboardText(): string | null {
  const ids = selectedStepIds(useSessionStore.getState().selection);
  if (ids.length === 0) return null;
  return JSON.stringify(copySteps(useDocumentStore.getState().map, ids));
}

/** Removes the selected steps after they were copied. */
export function deleteSelectedSteps(): void {
  const ids = selectedStepIds(useSessionStore.getState().selection);
  if (ids.length === 0) return;
  useDocumentStore.getState().change((map) => deleteSteps(map, ids));
  useSessionStore.getState().select({ kind: 'none' });
}

/**
 * Pastes clipboard text after the selection. Text that is not copied steps is refused with a
 * message, and the map stays as it is.
 */
export function pasteClipboardText(text: string): boolean {
  const clip = readClipboardSteps(text);
  const session = useSessionStore.getState();
  if (!clip) {
    session.notify('The clipboard holds no Outside-In steps to paste.');
    return false;
  }
  const { map } = useDocumentStore.getState();
  const target = targetAfterSelection(map, session.selection) ?? { laneId: '', column: 0 };
  let pasted: readonly string[] = [];
  useDocumentStore.getState().change((current) => {
    const result = pasteSteps(current, clip, target);
    pasted = result.stepIds;
    return result.map;
  });
  session.select({ kind: 'steps', stepIds: pasted });
  return true;
}
