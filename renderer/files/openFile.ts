import { parseBytes } from '../../shared/format/parse';
import { orderLanes } from '../../shared/edit/laneOrder';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { useDocumentStore } from '../store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../store/sessionStore';

/** Opens a file the user chose or dropped: shows its map, or its problems while the current map stays. */
export async function openFile(file: File): Promise<void> {
  const { reportFailedOpen } = useSessionStore.getState();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    reportFailedOpen({ fileName: file.name, problems: [{ path: '$', message: 'The file could not be read from disk.' }] });
    return;
  }
  const result = parseBytes(bytes);
  if (result.ok) openMap(result.value);
  else reportFailedOpen({ fileName: file.name, problems: result.problems });
}

/**
 * Shows a map as the document, with a fresh undo history and nothing selected. Its lanes are put
 * in screen order (journey, context, process), so the array order is the order on screen.
 */
export function openMap(map: JourneyMap): void {
  useDocumentStore.getState().replace(orderLanes(map));
  useSessionStore.setState({ selection: NOTHING_SELECTED, editingStepId: null, failedOpen: null });
}
