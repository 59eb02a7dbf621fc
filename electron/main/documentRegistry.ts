import { randomBytes } from 'node:crypto';
import type { FileStamp } from '../../shared/host/hostApi';

/** A file the user chose, as the main process remembers it behind the handle the page holds. */
export interface DocumentRecord {
  readonly path: string;
  readonly stamp: FileStamp;
}

/**
 * The files the user opened or saved as, each behind an opaque handle: the page names a document
 * by its handle and never by a path, so a compromised page can only write where the user once
 * chose to (STYLE.md: only user-chosen paths are read or written).
 */
export interface DocumentRegistry {
  /** Remembers a file the user chose and returns its handle; the same path keeps its handle. */
  register(path: string, stamp: FileStamp): string;
  get(handle: string): DocumentRecord | undefined;
  /** Records how the file looks after a save or a reload. */
  restamp(handle: string, stamp: FileStamp): void;
}

const randomHandle = (): string => randomBytes(12).toString('base64url');

export function createDocumentRegistry(newHandle: () => string = randomHandle): DocumentRegistry {
  const records = new Map<string, DocumentRecord>();
  const handleOfPath = new Map<string, string>();
  return {
    register(path, stamp) {
      const handle = handleOfPath.get(path) ?? newHandle();
      handleOfPath.set(path, handle);
      records.set(handle, { path, stamp });
      return handle;
    },
    get: (handle) => records.get(handle),
    restamp(handle, stamp) {
      const record = records.get(handle);
      if (record) records.set(handle, { ...record, stamp });
    },
  };
}
