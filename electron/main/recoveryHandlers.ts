import { basename } from 'node:path';
import type { RecoveryCopy, RecoveryListing } from '../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import type { HostHandlers } from '../ipc/registerHostHandlers';
import { fileExists } from '../services/recentFiles';
import { RecoveryStoreError, type RecoveryStore } from '../services/recoveryStore';
import { stampOf } from '../services/saveDocument';
import type { DocumentRegistry } from './documentRegistry';

/** The host channels of the recovery copies. */
export type RecoveryHandlers = Pick<HostHandlers, 'recovery:list' | 'recovery:read' | 'recovery:write' | 'recovery:discard' | 'recovery:reveal'>;

/** What the recovery handlers work with. */
export interface RecoveryHandlerDeps {
  readonly recovery: RecoveryStore;
  readonly registry: DocumentRegistry;
  /** Shows a file in the system's file manager (Electron's shell.showItemInFolder); absent where there is none. */
  readonly revealFile?: (path: string) => void;
}

const notFound = (): HostResult<never> => fail('not-found', 'This recovery copy is no longer there.');

/**
 * The recovery copies, through the store: listed a page at a time without their texts (so the
 * answer stays small however many there are), read whole to restore one, and a copy this version
 * cannot restore shown in the file manager rather than dropped.
 */
export function createRecoveryHandlers({ recovery, registry, revealFile }: RecoveryHandlerDeps): RecoveryHandlers {
  return {
    'recovery:list': async (request) => {
      const { copies, problems, more, next } = await recovery.list({ after: request?.after ?? null });
      const listing: RecoveryListing = {
        copies: copies.map(({ documentId, title, filePath, updatedAt }) => ({ documentId, title, fileName: filePath ? basename(filePath) : null, updatedAt })),
        unreadable: problems.map(({ documentId, kind, title, updatedAt, message }) => ({ documentId, kind, title, updatedAt, message })),
        more,
        next,
      };
      return succeed(listing);
    },
    'recovery:read': async (documentId) => {
      let copy;
      try {
        copy = await recovery.read(documentId);
      } catch (error) {
        if (error instanceof RecoveryStoreError) return fail(error.code, error.message);
        throw error;
      }
      if (copy === null) return notFound();
      // A copy whose file is still there comes back with a handle to it, so Save writes in place.
      let handle: string | null = null;
      if (copy.filePath && (await fileExists(copy.filePath))) handle = registry.register(copy.filePath, await stampOf(copy.filePath));
      const restored: RecoveryCopy = { documentId, title: copy.title, fileName: copy.filePath ? basename(copy.filePath) : null, updatedAt: copy.updatedAt, text: copy.text, handle };
      return succeed(restored);
    },
    'recovery:write': async ({ documentId, title, text, handle }) => {
      const filePath = handle ? (registry.get(handle)?.path ?? null) : null;
      await recovery.write(documentId, { text, title, filePath });
      return succeed(null);
    },
    'recovery:discard': async (documentId) => {
      await recovery.discard(documentId);
      return succeed(null);
    },
    'recovery:reveal': async (documentId) => {
      const path = recovery.pathOf(documentId);
      if (!(await fileExists(path))) return notFound();
      if (!revealFile) return fail('unsupported', 'This window cannot show files.');
      revealFile(path);
      return succeed(null);
    },
  };
}
