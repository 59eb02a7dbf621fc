import { loadMapBytes, type LoadedMapBytes } from '../../shared/format/loadMapBytes';
import { orderLanes } from '../../shared/edit/laneOrder';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useDocumentStore } from '../store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../store/sessionStore';
import { adoptDocument } from './fileState';

/**
 * Reads a file the user dropped as a map (a `.journey` file, or the map an Outside-In PDF carries),
 * or the problems that keep it from being one.
 */
export async function readMapFile(file: File): Promise<LoadedMapBytes> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [{ path: '$', message: 'The file could not be read from disk.' }], fromPdf: false };
  }
  return loadMapBytes(bytes);
}

/** The file a map shown belongs to; without one, the map is a new, untitled, unchanged document. */
export interface ShownFile {
  readonly handle: string | null;
  readonly fileName: string | null;
  /** Keeps the id of a restored document, so its recovery copy stays its own. */
  readonly documentId?: string;
  /** Shows the map as having unsaved changes (a restored recovery copy). */
  readonly dirty?: boolean;
}

/**
 * Shows a map as the document, with a fresh undo history, nothing selected and no persona or
 * opportunity open in the sidebar (the ids could name another map's). Its lanes are put in screen
 * order (journey, context, process), so the array order is the order on screen.
 */
export function openMap(map: JourneyMap, file: ShownFile = { handle: null, fileName: null }): void {
  useDocumentStore.getState().replace(orderLanes(map));
  adoptDocument(useDocumentStore.getState().map, file);
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null, failedOpen: null, openPersonaId: null, openOpportunityId: null });
}
