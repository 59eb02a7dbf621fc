import { basename } from 'node:path';
import { importFile } from '../../shared/format/importers';
import { parse } from '../../shared/format/parse';
import { suggestedFileName } from '../../shared/host/fileName';
import type { RoomHostApi } from '../../shared/host/roomChannels';
import type { OpenedDocument, RecentFile } from '../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import type { HostHandlers } from '../ipc/registerHostHandlers';
import type { RecoveryStore } from '../services/recoveryStore';
import { loadDocumentBytes, saveDocument } from '../services/saveDocument';
import type { Settings } from '../services/settings';
import type { DocumentRegistry } from './documentRegistry';
import type { ExportHandlers } from './exportHandlers';
import { createRecoveryHandlers } from './recoveryHandlers';
import type { WindowHandlers } from './windowHandlers';

/** The native file dialogs, injected so the handlers are tested without Electron. */
export interface FileDialogs {
  /** The file the user picked to open (of a type the importers know), or null when they cancelled. */
  chooseFileToOpen(): Promise<string | null>;
  /** Where the user chose to save (the dialog has asked about replacing), or null when they cancelled. */
  chooseFileToSave(suggestedName: string): Promise<string | null>;
}

/** What the host handlers work with. */
export interface HostHandlerDeps {
  readonly dialogs: FileDialogs;
  readonly registry: DocumentRegistry;
  readonly settings: Settings;
  readonly recovery: RecoveryStore;
  /** Takes the files given from outside (command line, dock, second launch) that wait for the page. */
  readonly takePendingPaths?: () => string[];
  /** Called when the recent files changed, so the native menu can follow. */
  readonly onRecentFilesChanged?: () => void;
  /** Shows a file in the system's file manager (a recovery copy this version cannot restore). */
  readonly revealFile?: (path: string) => void;
}

/**
 * The Electron host: each channel of the contract, on top of the file services. A file is opened
 * only when it reads as a valid map, so a file that failed to load never gets a handle and is
 * never written over; text to save must be a valid map too.
 */
export function createHostHandlers({ dialogs, registry, settings, recovery, takePendingPaths = () => [], onRecentFilesChanged = () => {}, revealFile }: HostHandlerDeps): Omit<HostHandlers, keyof ExportHandlers | keyof WindowHandlers | keyof RoomHostApi> {
  const remember = (path: string): void => {
    settings.addRecentFile(path);
    onRecentFilesChanged();
  };

  async function openPath(path: string): Promise<HostResult<OpenedDocument>> {
    const loaded = await loadDocumentBytes(path);
    if (!loaded.ok) return loaded;
    const name = basename(path);
    const imported = await importFile(loaded.value.bytes, name);
    if (!imported.ok) {
      const first = imported.problems[0]!;
      return fail('invalid-map', `Could not open "${name}": ${first.message}${first.path === '$' ? '' : ` (at ${first.path})`}`);
    }
    remember(path);
    const { importer, journeyText: text } = imported;
    // A map read from another kind of file (an exported PDF) gets no handle, so Save can never write JSON over it.
    if (!importer.savesInPlace) return succeed({ handle: null, name: importer.suggestName(name), text });
    return succeed({ handle: registry.register(path, loaded.value.stamp), name, text });
  }

  const refuseInvalid = (text: string): HostResult<never> | null => {
    const checked = parse(text);
    return checked.ok ? null : fail('invalid-map', `The map could not be saved: ${checked.problems[0]!.message}`);
  };

  return {
    'file:open': async () => {
      const path = await dialogs.chooseFileToOpen();
      return path === null ? succeed(null) : openPath(path);
    },
    'file:chooseImport': async () => {
      const path = await dialogs.chooseFileToOpen();
      if (path === null) return succeed(null);
      const loaded = await loadDocumentBytes(path);
      return loaded.ok ? succeed({ name: basename(path), bytes: loaded.value.bytes }) : loaded;
    },
    'file:openRecent': async (path) => {
      if (!settings.recentFiles.includes(path)) return fail('forbidden', 'That file is not in the list of recent files.');
      const opened = await openPath(path);
      if (!opened.ok && (opened.error.code === 'ENOENT' || opened.error.code === 'ENOTDIR')) {
        settings.removeRecentFile(path);
        onRecentFilesChanged();
      }
      return opened;
    },
    'file:save': async ({ handle, text, overwrite }) => {
      const record = registry.get(handle);
      if (!record) return fail('unknown-document', 'This map has no file to save to yet: use Save As.');
      const invalid = refuseInvalid(text);
      if (invalid) return invalid;
      const saved = await saveDocument(overwrite ? { path: record.path, text } : { path: record.path, text, expected: record.stamp });
      if (!saved.ok) return saved;
      registry.restamp(handle, saved.value.stamp);
      remember(record.path);
      return succeed({ handle, name: basename(record.path) });
    },
    'file:saveAs': async ({ text, suggestedName }) => {
      const invalid = refuseInvalid(text);
      if (invalid) return invalid;
      const path = await dialogs.chooseFileToSave(suggestedFileName(suggestedName));
      if (path === null) return succeed(null);
      const saved = await saveDocument({ path, text });
      if (!saved.ok) return saved;
      const handle = registry.register(path, saved.value.stamp);
      remember(path);
      return succeed({ handle, name: basename(path) });
    },
    'file:revert': async (handle) => {
      const record = registry.get(handle);
      if (!record) return fail('unknown-document', 'This map has no file to go back to.');
      return openPath(record.path);
    },
    'file:takePending': async () => {
      const opened: OpenedDocument[] = [];
      const failures: { name: string; message: string }[] = [];
      for (const path of takePendingPaths()) {
        const result = await openPath(path);
        if (result.ok) opened.push(result.value);
        else failures.push({ name: basename(path), message: result.error.message });
      }
      return succeed({ opened, failures });
    },
    'recent:list': async () => {
      const pruned = await settings.pruneRecentFiles();
      if (!pruned.ok) return pruned;
      onRecentFilesChanged();
      return succeed(pruned.value.map((path): RecentFile => ({ path, name: basename(path) })));
    },
    'preferences:get': async () => succeed(settings.preferences),
    'preferences:set': async (patch) => settings.setPreferences(patch),
    ...createRecoveryHandlers({ recovery, registry, revealFile }),
  };
}
