import type { OpenedDocument } from '../../../../shared/host/hostApi';
import type { BrowserStorage, StoreName } from '../../../../renderer/host/browserStorage';
import type { FileGateway } from '../../../../renderer/host/fileGateway';

// Stand-ins for what the browser host reaches: IndexedDB and the files the person picks.

/** Storage in Maps, as IndexedDB keeps it in the page; `failNext` makes the next write fail as a full disk does. */
export function memoryStorage() {
  const stores = new Map<StoreName, Map<string, unknown>>();
  const of = (name: StoreName) => stores.get(name) ?? stores.set(name, new Map()).get(name)!;
  const state = { failNext: null as DOMException | null };
  const storage: BrowserStorage = {
    get: async <T>(name: StoreName, key: string) => structuredClone(of(name).get(key)) as T | undefined,
    put: async (name, key, value) => {
      if (state.failNext) {
        const error = state.failNext;
        state.failNext = null;
        throw error;
      }
      of(name).set(key, structuredClone(value));
    },
    delete: async (name, key) => {
      of(name).delete(key);
    },
    values: async <T>(name: StoreName) => [...of(name).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, value]) => structuredClone(value) as T),
    entries: async <T>(name: StoreName) => [...of(name).entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]): [string, T] => [key, structuredClone(value) as T]),
  };
  return { storage, state, of };
}

/** Files on a pretend disk, named by path; the user's picks are queued answers. */
export function fakeDisk() {
  // Written files keep their text; a file put there as bytes (a PDF) keeps those.
  const disk = new Map<string, { text: string; stamp: number; bytes?: Uint8Array }>();
  const picks: (string | null | DOMException)[] = [];
  const downloads: { name: string; text: string }[] = [];
  let clock = 1;
  const state = { access: true };
  const read = async (ref: string) => {
    const file = disk.get(ref);
    if (!file) throw new DOMException('gone', 'NotFoundError');
    return { name: ref, bytes: file.bytes ?? new TextEncoder().encode(file.text), stamp: file.stamp, ref };
  };
  const nextPick = () => {
    const pick = picks.shift();
    if (pick instanceof DOMException) throw pick;
    return pick ?? null;
  };
  const gateway: FileGateway<string> = {
    pickToOpen: async () => {
      const pick = nextPick();
      return pick === null ? null : read(pick);
    },
    pickToSave: async (suggestedName, text) => {
      const pick = nextPick();
      if (pick === null) return null;
      disk.set(pick, { text, stamp: clock++ });
      return { name: pick, stamp: disk.get(pick)!.stamp, ref: pick };
    },
    write: async (ref, name, text) => {
      if (ref === null) {
        downloads.push({ name, text });
        return { name, stamp: 0, ref: null };
      }
      disk.set(ref, { text, stamp: clock++ });
      return { name: ref, stamp: disk.get(ref)!.stamp, ref };
    },
    read,
    stamp: async (ref) => (await read(ref)).stamp,
    requestAccess: async () => state.access,
    same: async (a, b) => a === b,
  };
  const touch = (path: string, text: string) => disk.set(path, { text, stamp: clock++ });
  const touchBytes = (path: string, bytes: Uint8Array) => disk.set(path, { text: '', bytes, stamp: clock++ });
  return { disk, picks, downloads, gateway, touch, touchBytes, state };
}

/** A document opened with a handle to save back with; fails the test otherwise. */
export const withHandle = (document: OpenedDocument | null): OpenedDocument & { handle: string } => {
  if (document?.handle == null) throw new Error('the file was opened without a handle');
  return { ...document, handle: document.handle };
};
