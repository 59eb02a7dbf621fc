import { useEffect } from 'react';
import { serialise } from '../../shared/format/serialise';
import { shortened } from '../../shared/words/shortened';
import { getHost } from '../host/host';
import { usePreferencesStore } from '../preferences/preferencesStore';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { isDirtyMap, useFileStore } from './fileState';
import { createRecoveryScheduler, type Clock, type RecoveryScheduler } from './recoveryScheduler';

const windowClock: Clock = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
};

let active: RecoveryScheduler | null = null;

/** Says that a recovery copy of this document exists already (it was just restored), so it goes once the document is saved. */
export function adoptRecoveryCopy(documentId: string): void {
  active?.adopt(documentId);
}

/**
 * Writes the recovery copy of the unsaved changes now, before something risky (a paste of
 * thousands of steps, an import): if that takes the window down, the work before it is safe.
 */
export async function keepRecoveryCopyNow(): Promise<void> {
  await active?.flush();
}

/**
 * Keeps a recovery copy of the document through the host while it has unsaved changes: written a
 * pause (the autosave delay preference) after the last change, removed once it is clean again.
 */
export function useRecoveryAutosave(): void {
  useEffect(() => {
    const host = getHost();
    const scheduler = createRecoveryScheduler({
      clock: windowClock,
      // Read at every change, so a new delay chosen in Preferences applies at once.
      delayMs: () => usePreferencesStore.getState().preferences.autosaveDelayMs,
      write: async (documentId, content) => {
        const result = await host['recovery:write']({ documentId, ...content });
        if (!result.ok) useSessionStore.getState().notify(`No recovery copy could be kept: ${result.error.message}`);
        return result.ok;
      },
      discard: (documentId) => host['recovery:discard'](documentId),
      unwritable: (reason) => useSessionStore.getState().notify(`No recovery copy could be kept: ${shortened(reason)}`),
    });
    active = scheduler;

    let seen: unknown[] = [];
    const update = (): void => {
      const { map } = useDocumentStore.getState();
      const file = useFileStore.getState();
      // Only the map and the file matter; the stores' other changes are no reason to restart the pause.
      const now = [map, file];
      if (now.every((value, index) => value === seen[index])) return;
      seen = now;
      scheduler.update({
        documentId: file.documentId,
        dirty: isDirtyMap(map, file),
        content: () => ({ title: map.title, fileName: file.fileName, handle: file.handle, text: serialise(map) }),
      });
    };
    update();
    const stops = [useDocumentStore.subscribe(update), useFileStore.subscribe(update)];
    return () => {
      for (const stop of stops) stop();
      scheduler.dispose();
      if (active === scheduler) active = null;
    };
  }, []);
}
