import type { JourneyMap } from '../../shared/model/journeyMap';
import { changeWithinLastEntry, useDocumentStore } from '../store/documentStore';

// Text fields (outline titles, inspector titles) write to the document on every keystroke, so the
// canvas and the gaps panel follow the typing live. Undo, though, should take back a whole word
// or title, not one letter: keystrokes into the same field coalesce into one undo entry for as
// long as nothing else changed the document in between.

let lastField: string | null = null;
let lastMap: JourneyMap | null = null;

/**
 * Applies a typing edit to field `field` (any stable key, such as `step-3.title`). It joins the
 * previous typing edit's undo entry when it is the same field and the document is still exactly
 * what that edit left; otherwise it starts a new entry.
 */
export function changeWhileTyping(field: string, edit: (map: JourneyMap) => JourneyMap): void {
  const store = useDocumentStore.getState();
  const before = store.map;
  const joining = field === lastField && before === lastMap;
  if (joining) changeWithinLastEntry(edit);
  else store.change(edit);
  const after = useDocumentStore.getState().map;
  // A keystroke that changed nothing (a leading space, a date not yet whole) made no entry of its
  // own: the next one must start one rather than join whatever edit came before.
  if (!joining && after === before) {
    endTyping();
    return;
  }
  lastField = field;
  lastMap = after;
}

/** Ends the typing session (the field lost focus): the next keystroke starts a new undo entry. */
export function endTyping(): void {
  lastField = null;
  lastMap = null;
}
