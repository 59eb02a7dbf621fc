import { parseBytes } from '../../shared/format/parse';
import { useOpenMapStore } from '../store/openMapStore';

/** Opens a file the user chose or dropped: shows its map, or its problems while the current map stays. */
export async function openFile(file: File): Promise<void> {
  const { openMap, reportFailedOpen } = useOpenMapStore.getState();
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
