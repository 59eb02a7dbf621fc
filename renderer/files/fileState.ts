import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useDocumentStore } from '../store/documentStore';

/**
 * Which file the document belongs to, and the map as last opened or saved. Session state: never
 * undone, never saved. The document is dirty when its map is not that map object; undo restores
 * earlier map objects by reference, so undoing back to the saved map makes it clean again.
 */
export interface FileState {
  /** The document's id for its recovery copy: new for every document shown, kept by a restored one. */
  readonly documentId: string;
  /** The host's handle to save in place with; null for a map with no file to save back to. */
  readonly handle: string | null;
  /** The file's name, shown in the title; null for an untitled map. */
  readonly fileName: string | null;
  /** The map as last opened or saved; null when no state of the map has been saved (a restored copy). */
  readonly savedMap: JourneyMap | null;
}

/** A fresh id for a document's recovery copy (the host's handle pattern: letters, digits, - and _). */
export const newDocumentId = (): string => `d${crypto.randomUUID().replaceAll('-', '')}`;

export const useFileStore = create<FileState>()(() => ({
  documentId: newDocumentId(),
  handle: null,
  fileName: null,
  savedMap: useDocumentStore.getState().map,
}));

/** Whether a map differs from the one last opened or saved. */
export const isDirtyMap = (map: JourneyMap, file: FileState): boolean => map !== file.savedMap;

/** Whether the document on screen has unsaved changes. */
export const isDirty = (): boolean => isDirtyMap(useDocumentStore.getState().map, useFileStore.getState());

/** The name the document goes by: its file's name, else its title, else "Untitled map". */
export function documentName(map: JourneyMap = useDocumentStore.getState().map, file: FileState = useFileStore.getState()): string {
  return file.fileName ?? (map.title.trim() || 'Untitled map');
}

/** Records that the document now shows `map` belonging to a file (or none): clean, unless `dirty`. */
export function adoptDocument(map: JourneyMap, file: { handle: string | null; fileName: string | null; documentId?: string; dirty?: boolean }): void {
  useFileStore.setState({
    documentId: file.documentId ?? newDocumentId(),
    handle: file.handle,
    fileName: file.fileName,
    savedMap: file.dirty ? null : map,
  });
}

/** Records that `map` was saved to a file: clean, if the map has not changed since. */
export function markSaved(map: JourneyMap, handle: string, fileName: string): void {
  useFileStore.setState({ handle, fileName, savedMap: map });
}

function subscribe(onChange: () => void): () => void {
  const stops = [useDocumentStore.subscribe(onChange), useFileStore.subscribe(onChange)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** Whether the document has unsaved changes, kept current for a component. */
export function useIsDirty(): boolean {
  return useSyncExternalStore(subscribe, isDirty);
}
