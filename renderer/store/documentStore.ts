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

/** Undo and redo of document changes. */
export const documentHistory = {
  undo: (): void => useDocumentStore.temporal.getState().undo(),
  redo: (): void => useDocumentStore.temporal.getState().redo(),
  canUndo: (): boolean => useDocumentStore.temporal.getState().pastStates.length > 0,
  canRedo: (): boolean => useDocumentStore.temporal.getState().futureStates.length > 0,
};
