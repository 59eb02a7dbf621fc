import { openDialogFilters } from '../../shared/format/importers';
import type { FileGateway, ReadFile, WrittenFile } from './fileGateway';

// The File System Access API's pickers and permissions are not in TypeScript's DOM library yet.
/** A file type a picker offers. */
export interface PickerType {
  readonly description: string;
  readonly accept: Record<string, readonly string[]>;
}
interface PermissionDescriptor {
  readonly mode: 'read' | 'readwrite';
}
interface PermittingHandle extends FileSystemFileHandle {
  queryPermission?(descriptor: PermissionDescriptor): Promise<PermissionState>;
  requestPermission?(descriptor: PermissionDescriptor): Promise<PermissionState>;
}
/** The pickers of the File System Access API, on `window`. */
export interface FileSystemAccessWindow {
  showOpenFilePicker(options: { types: readonly PickerType[]; multiple?: boolean }): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker(options: { types: readonly PickerType[]; suggestedName: string }): Promise<FileSystemFileHandle>;
}

const SAVE_TYPES: readonly PickerType[] = [{ description: 'Journey maps', accept: { 'application/json': ['.journey'] } }];
/** The open picker's file types: every type the importers read, then each on its own. */
export const OPEN_TYPES: readonly PickerType[] = openDialogFilters().map((filter) => ({ description: filter.name, accept: filter.accept }));

/** Whether this browser offers the File System Access pickers. */
export function hasFileSystemAccess(scope: object = window): boolean {
  return typeof (scope as Partial<FileSystemAccessWindow>).showOpenFilePicker === 'function' && typeof (scope as Partial<FileSystemAccessWindow>).showSaveFilePicker === 'function';
}

/** Whether the user closed a picker without choosing. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

async function readHandle(ref: FileSystemFileHandle): Promise<ReadFile<FileSystemFileHandle>> {
  const file = await ref.getFile();
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), stamp: file.lastModified, ref };
}

async function writeHandle(ref: FileSystemFileHandle, text: string): Promise<WrittenFile<FileSystemFileHandle>> {
  const stream = await ref.createWritable();
  try {
    await stream.write(text);
    await stream.close();
  } catch (error) {
    // The browser writes to a temporary file and swaps it in on close; aborting keeps the original.
    await stream.abort().catch(() => undefined);
    throw error;
  }
  const file = await ref.getFile();
  return { name: file.name, stamp: file.lastModified, ref };
}

/** Files through the File System Access API: open and save in place, remembered across visits. */
export function fsaGateway(scope: FileSystemAccessWindow = window as unknown as FileSystemAccessWindow): FileGateway<FileSystemFileHandle> {
  return {
    async pickToOpen() {
      try {
        const [ref] = await scope.showOpenFilePicker({ types: OPEN_TYPES, multiple: false });
        return ref ? await readHandle(ref) : null;
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    },
    async pickToSave(suggestedName, text) {
      let ref: FileSystemFileHandle;
      try {
        ref = await scope.showSaveFilePicker({ types: SAVE_TYPES, suggestedName });
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
      return writeHandle(ref, text);
    },
    async write(ref, _name, text) {
      if (!ref) throw new DOMException('This document has no file to save to.', 'NotFoundError');
      return writeHandle(ref, text);
    },
    read: readHandle,
    stamp: async (ref) => (await ref.getFile()).lastModified,
    async requestAccess(ref) {
      const handle = ref as PermittingHandle;
      const descriptor: PermissionDescriptor = { mode: 'readwrite' };
      if ((await handle.queryPermission?.(descriptor)) === 'granted') return true;
      return (await handle.requestPermission?.(descriptor)) === 'granted';
    },
    same: (a, b) => a.isSameEntry(b),
  };
}
