import { temporal } from 'zundo';
import { create } from 'zustand';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { blankMap } from './blankMap';

/** How many document changes undo can walk back. */
export const UNDO_LIMIT = 200;

/** The document: the only state that is saved and undoable (selection and viewport live in the session store). */
export interface DocumentState {
  readonly map: JourneyMap;
  /**
   * Applies one user gesture's change. A change that returns the same map is no change, and
   * leaves no empty step in the undo history.
   */
  change(edit: (map: JourneyMap) => JourneyMap): void;
  /** Replaces the document with another map (opened, new), starting a fresh undo history. */
  replace(map: JourneyMap): void;
}

export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set, get) => ({
      map: blankMap(),
      change: (edit) => {
        const next = edit(get().map);
        if (next !== get().map) set({ map: next });
      },
      replace: (map) => {
        set({ map });
        useDocumentStore.temporal.getState().clear();
      },
    }),
    {
      partialize: (state) => ({ map: state.map }),
      limit: UNDO_LIMIT,
      equality: (past, current) => past.map === current.map,
    },
  ),
);

/**
 * Applies a change that belongs to the undo entry already on top (the next keystroke of a title,
 * the name typed into a stage just drawn): the document changes, the history does not grow.
 */
export function changeWithinLastEntry(edit: (map: JourneyMap) => JourneyMap): void {
  const history = useDocumentStore.temporal.getState();
  history.pause();
  try {
    useDocumentStore.getState().change(edit);
  } finally {
    history.resume();
  }
}

/** Whether the undo entry on top was made from `map`: nothing else has been recorded since that change began. */
export function lastEntryStartedFrom(map: JourneyMap): boolean {
  return useDocumentStore.temporal.getState().pastStates.at(-1)?.map === map;
}

/**
 * Takes back the undo entry on top as if it had never been made: the map returns to where it was
 * and Redo does not offer it again (a step added and left untitled is not an edit anyone wants back).
 */
export function takeBackLastEntry(): void {
  const history = useDocumentStore.temporal.getState();
  if (history.pastStates.length === 0) return;
  const future = history.futureStates;
  history.undo();
  useDocumentStore.temporal.setState({ futureStates: future });
}

/** Undo and redo of document changes. */
export const documentHistory = {
  undo: (): void => useDocumentStore.temporal.getState().undo(),
  redo: (): void => useDocumentStore.temporal.getState().redo(),
  canUndo: (): boolean => useDocumentStore.temporal.getState().pastStates.length > 0,
  canRedo: (): boolean => useDocumentStore.temporal.getState().futureStates.length > 0,
};
