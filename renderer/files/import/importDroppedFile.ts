import { importerFor } from '../../../shared/format/importers';
import { startImport } from './importFlow';

/** How many bytes tell a file's type: its importers sniff the first few kilobytes. */
const SNIFF_BYTES = 8192;

/**
 * A file dropped on the window: one whose type has import options (a BPMN model) opens the Import
 * dialog, any other opens as before (`open`).
 */
export async function importOrOpenDroppedFile(file: File, open: (file: File) => Promise<boolean>): Promise<void> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    await open(file);
    return;
  }
  if (!importerFor(head, file.name)?.staged) {
    await open(file);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // The usual path says the file could not be read.
    await open(file);
    return;
  }
  await startImport({ name: file.name, bytes });
}
