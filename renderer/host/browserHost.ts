import { importedFrom } from '../../shared/host/importedFrom';
import type { RoomHostApi } from '../../shared/host/roomChannels';
import { httpRoomGateway } from './roomGateway';
import { importerFor, importFile, type ImportedFile } from '../../shared/format/importers';
import type { HostApi, OpenedDocument, Preferences, RecentFile } from '../../shared/host/hostApi';
import { DEFAULT_PREFERENCES, HOST_CHANNELS, preferencesPatchSchema } from '../../shared/host/hostApi';
import { exportFileName } from '../../shared/host/exportFileName';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import { guarded } from './browserFailure';
import { createBrowserRecovery } from './browserRecovery';
import type { BrowserStorage } from './browserStorage';
import type { ExportGateway } from './exportGateway';
import type { FileGateway, ReadFile } from './fileGateway';
import type { FullScreenGateway } from './fullScreenGateway';

/** Preferences before the user changes any, as in the desktop edition. */

export { describeFailure } from './browserFailure';

/** How many recent files the list keeps. */
export const RECENT_LIMIT = 10;

/** A document the host handed out a handle for: where its file is, and how it looked when last read or written. */
interface KnownFile<Ref> {
  readonly name: string;
  readonly ref: Ref | null;
  readonly stamp: number;
  /** The text as last opened or saved: what Revert goes back to when the file cannot be read again. */
  readonly text: string;
}

/** A recent file as stored. */
interface StoredRecent<Ref> {
  readonly key: string;
  readonly name: string;
  readonly ref: Ref;
  readonly openedAt: number;
}

export interface BrowserHostOptions<Ref> {
  readonly storage: BrowserStorage;
  readonly files: FileGateway<Ref>;
  /** How images are saved and the report printed; without it the host answers that it cannot export. */
  readonly exports?: ExportGateway;
  readonly now?: () => Date;
  /** A fresh opaque id, for handles and recent-file keys. */
  readonly newId?: () => string;
  /** Hands data to the person as a download (a recovery copy this version cannot restore). */
  readonly download?: (name: string, data: Blob) => void;
  /** How the page goes full screen; without it the host answers that it cannot. */
  readonly screen?: FullScreenGateway;
  /** Reads a file that is not a `.journey` (a PDF, a BPMN model): in a worker in the app, so the page never waits on it. */
  readonly importFile?: (bytes: Uint8Array, name: string) => Promise<ImportedFile>;
  /** The workshop room's channels; by default through the server that serves the edition (`npm run web`). */
  readonly room?: RoomHostApi;
}

const randomId = (): string => `h${crypto.randomUUID().replaceAll('-', '')}`;

/**
 * The browser edition's host: the same contract as the desktop edition, with files through the
 * given gateway (File System Access, or upload and download) and recovery copies, preferences and
 * recent files in the given storage (IndexedDB).
 */
export function createBrowserHost<Ref>({ storage, files, exports, now = () => new Date(), newId = randomId, download, screen, importFile: read = importFile, room = httpRoomGateway().host }: BrowserHostOptions<Ref>): HostApi {
  const known = new Map<string, KnownFile<Ref>>();

  function issue(file: KnownFile<Ref>): string {
    const handle = newId();
    known.set(handle, file);
    return handle;
  }

  async function remember(name: string, ref: Ref | null): Promise<void> {
    if (ref === null) return;
    const recent = await storage.values<StoredRecent<Ref>>('recent');
    for (const entry of recent) if (await files.same(entry.ref, ref).catch(() => false)) await storage.delete('recent', entry.key);
    const key = newId();
    await storage.put('recent', key, { key, name, ref, openedAt: now().getTime() } satisfies StoredRecent<Ref>);
    const kept = (await storage.values<StoredRecent<Ref>>('recent')).sort((a, b) => b.openedAt - a.openedAt);
    for (const entry of kept.slice(RECENT_LIMIT)) await storage.delete('recent', entry.key);
  }

  async function recentEntries(): Promise<StoredRecent<Ref>[]> {
    return (await storage.values<StoredRecent<Ref>>('recent')).sort((a, b) => b.openedAt - a.openedAt);
  }

  async function opened(file: ReadFile<Ref>): Promise<HostResult<OpenedDocument>> {
    let document: OpenedDocument;
    if (importerFor(file.bytes, file.name)?.savesInPlace) {
      // A map file goes to the page as it is: the page reads it and tells every problem it has.
      const text = new TextDecoder().decode(file.bytes);
      document = { handle: issue({ name: file.name, ref: file.ref, stamp: file.stamp, text }), name: file.name, text };
    } else {
      const imported = await read(file.bytes, file.name);
      if (!imported.ok) return fail('invalid-map', `Could not open “${file.name}”: ${imported.problems[0]!.message}`);
      // A map read from another kind of file (an exported PDF) gets no handle, so Save can never write JSON over it.
      document = { handle: null, name: imported.importer.suggestName(file.name), text: imported.journeyText, ...importedFrom(file.name, imported.findings) };
    }
    // A recent file that cannot be stored is no reason to refuse the file itself.
    await remember(file.name, file.ref).catch(() => undefined);
    return succeed(document);
  }

  async function currentPreferences(): Promise<Preferences> {
    const stored = await storage.get<unknown>('preferences', 'preferences');
    const checked = preferencesPatchSchema.safeParse(stored ?? {});
    // Stored preferences that no longer pass the schema are reset rather than trusted.
    return { ...DEFAULT_PREFERENCES, ...(checked.success ? checked.data : {}) };
  }

  const cannotExport = (): HostResult<never> => fail('unsupported', 'This window cannot export maps.');

  const unknownHandle = (): HostResult<never> => fail('unknown-handle', 'This map is no longer linked to its file in this window; use Save As to choose one.');

  return {
    ...room,
    'file:open': () =>
      guarded('opening the file', async () => {
        const picked = await files.pickToOpen();
        return picked ? opened(picked) : succeed(null);
      }),

    'file:chooseImport': () =>
      guarded('reading the file', async () => {
        const picked = await files.pickToOpen();
        return succeed(picked ? { name: picked.name, bytes: picked.bytes } : null);
      }),

    'file:openRecent': (path) =>
      guarded('opening the recent file', async () => {
        const entry = typeof path === 'string' ? await storage.get<StoredRecent<Ref>>('recent', path) : undefined;
        if (!entry) return fail('not-found', 'This file is no longer among the recent files.');
        if (!(await files.requestAccess(entry.ref))) return fail('permission-denied', `The browser did not allow opening “${entry.name}”.`);
        let read;
        try {
          read = await files.read(entry.ref);
        } catch (error) {
          if (error instanceof DOMException && error.name === 'NotFoundError') await storage.delete('recent', path);
          throw error;
        }
        return opened(read);
      }),

    'file:save': (request) =>
      guarded('saving the file', async () => {
        const file = known.get(request?.handle);
        if (!file) return unknownHandle();
        if (typeof request.text !== 'string') return fail('bad-arguments', 'There was no text to save.');
        if (file.ref !== null && !request.overwrite) {
          const stamp = await files.stamp(file.ref);
          if (stamp !== file.stamp) return fail('conflict', `“${file.name}” was changed on disk since it was opened here.`);
        }
        const written = await files.write(file.ref, file.name, request.text);
        known.set(request.handle, { name: written.name, ref: written.ref ?? file.ref, stamp: written.stamp, text: request.text });
        return succeed({ handle: request.handle, name: written.name });
      }),

    'file:saveAs': (request) =>
      guarded('saving the file', async () => {
        const checked = HOST_CHANNELS['file:saveAs'].safeParse([request]);
        if (!checked.success) return fail('bad-arguments', 'The file name or text to save was not acceptable.');
        const written = await files.pickToSave(request.suggestedName, request.text);
        if (!written) return succeed(null);
        const handle = issue({ name: written.name, ref: written.ref, stamp: written.stamp, text: request.text });
        await remember(written.name, written.ref).catch(() => undefined);
        return succeed({ handle, name: written.name });
      }),

    'file:revert': (handle) =>
      guarded('reading the file again', async () => {
        const file = known.get(handle);
        if (!file) return unknownHandle();
        if (file.ref === null) return succeed({ handle, name: file.name, text: file.text });
        const read = await files.read(file.ref);
        const text = new TextDecoder().decode(read.bytes);
        known.set(handle, { name: read.name, ref: file.ref, stamp: read.stamp, text });
        return succeed({ handle, name: read.name, text });
      }),

    // A browser tab is never handed files from outside: nothing is ever pending.
    'file:takePending': async () => succeed({ opened: [], failures: [] }),

    'recent:list': () =>
      guarded('listing the recent files', async () => succeed((await recentEntries()).map(({ key, name }): RecentFile => ({ path: key, name })))),

    'preferences:get': () => guarded('reading the preferences', async () => succeed(await currentPreferences())),

    'preferences:set': (patch) =>
      guarded('saving the preferences', async () => {
        const checked = preferencesPatchSchema.safeParse(patch);
        if (!checked.success) return fail('bad-arguments', 'These preferences are not valid.');
        const next = { ...(await currentPreferences()), ...checked.data };
        await storage.put('preferences', 'preferences', next);
        return succeed(next);
      }),

    ...createBrowserRecovery<Ref>({ storage, now, issue, fileOf: (handle) => known.get(handle), download }),

    'export:pdf': (request) =>
      guarded('printing the report', async () => {
        if (!HOST_CHANNELS['export:pdf'].safeParse([request]).success) return fail('bad-arguments', 'The map or the page settings to print were not acceptable.');
        return exports ? exports.printReport(request.text, request.options) : cannotExport();
      }),

    'export:save': (request) =>
      guarded('saving the image', async () => {
        if (!HOST_CHANNELS['export:save'].safeParse([request]).success) return fail('bad-arguments', 'The image to save was not acceptable.');
        return exports ? succeed(await exports.saveFile(request.kind, request.bytes, exportFileName(request.suggestedName, request.kind))) : cannotExport();
      }),

    'window:setFullScreen': (fullScreen) =>
      guarded('showing the page full screen', async () => {
        if (!HOST_CHANNELS['window:setFullScreen'].safeParse([fullScreen]).success) return fail('bad-arguments', 'Full screen is either on or off.');
        if (!screen) return fail('unsupported', 'This window cannot go full screen.');
        const was = screen.isFullScreen();
        if (was === fullScreen) return succeed(was);
        try {
          await screen.set(fullScreen);
        } catch {
          // Asked without a key or a click to answer (a script), or turned down by the browser.
          return fail('refused', 'The browser did not allow full screen.');
        }
        return succeed(was);
      }),
  };
}
