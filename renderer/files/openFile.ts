import { useImportFindings } from './import/importDialogState';
import { announceLongRead } from './announceLongRead';
import { orderLanes } from '../../shared/edit/laneOrder';
import { acceptedExtensions, type ImportedFile } from '../../shared/format/importers';
import { importInWorker } from '../host/importInWorker';
import { hasExtension } from '../../shared/format/importers/importer';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useCompareStore } from '../store/compareStore';
import { useDocumentStore } from '../store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../store/sessionStore';
import { adoptDocument } from './fileState';

/**
 * The file to open of those dropped together: the first of a type Outside-In opens (a map dropped
 * with the notes beside it), else the first, so that what is wrong with it is said.
 */
export function chooseDroppedFile(files: readonly File[]): File | undefined {
  const extensions = acceptedExtensions();
  return files.find((file) => hasExtension(file.name, extensions)) ?? files[0];
}

/**
 * Reads a file the user dropped with the importer that knows it (a `.journey` file, the map an
 * Outside-In PDF carries…), or the problems that keep it from being a map.
 */
export async function readDroppedFile(file: File): Promise<ImportedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, importer: null, problems: [{ path: '$', message: 'The file could not be read from disk.' }] };
  }
  return announceLongRead(file.name, bytes.length, () => importInWorker(bytes, file.name));
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
 * Shows a map as the document, with a fresh undo history, nothing selected, no persona or
 * opportunity open in the sidebar, no one's voting turn (the ids could name another map's) and no
 * compare on screen. Its lanes are put in screen
 * order (journey, context, process), so the array order is the order on screen.
 */
export function openMap(map: JourneyMap, file: ShownFile = { handle: null, fileName: null }): void {
  // A compare on screen, and what an earlier import read past, were of the map that was there. The
  // compare goes first: a side that follows the map now would otherwise be diffed against the new one.
  useCompareStore.setState({ comparing: null });
  useImportFindings.setState({ fileName: null, findings: [] });
  useDocumentStore.getState().replace(orderLanes(map));
  adoptDocument(useDocumentStore.getState().map, file);
  useSessionStore.setState({ selection: NOTHING_SELECTED, titleEdit: null, failedOpen: null, openPersonaId: null, openOpportunityId: null, voteTurn: null });
}
