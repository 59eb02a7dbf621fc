import { suggestedFileName } from '../../shared/host/fileName';
import type { HostApi, RecoveryCopy, RecoveryCopySummary, UnreadableRecoveryCopy } from '../../shared/host/hostApi';
import { documentHandleSchema, HOST_CHANNELS } from '../../shared/host/hostApi';
import { fail, succeed, type HostResult } from '../../shared/host/hostResult';
import { listedTitle, NEWER_RECOVERY_COPY, newestFirst, pageOf, prunable, UNKNOWN_RECOVERY_COPY } from '../../shared/host/recoveryPolicy';
import { guarded } from './browserFailure';
import type { BrowserStorage } from './browserStorage';

/** A recovery copy as stored: the contract's copy without a handle, plus the file it belongs to. */
export interface StoredCopy<Ref> extends Omit<RecoveryCopy, 'handle'> {
  /** The shape's version; copies kept before it was recorded are version 1. */
  readonly version?: number;
  readonly ref: Ref | null;
  readonly stamp: number;
}

/** The version of the stored shape; a copy of a higher one was kept by a newer Outside-In. */
const VERSION = 1;

/** The recovery channels of the browser host. */
export type BrowserRecovery = Pick<HostApi, 'recovery:list' | 'recovery:read' | 'recovery:write' | 'recovery:discard' | 'recovery:reveal'>;

export interface BrowserRecoveryOptions<Ref> {
  readonly storage: BrowserStorage;
  readonly now: () => Date;
  /** A handle for the file a copy belongs to, for this visit, so a restored map saves back in place. */
  readonly issue: (file: { name: string; ref: Ref; stamp: number; text: string }) => string;
  /** The file a handle of this visit stands for, to keep with a copy. */
  readonly fileOf: (handle: string) => { readonly ref: Ref | null; readonly stamp: number } | undefined;
  /** Hands data to the person as a download; without it, copies cannot be handed over. */
  readonly download?: (name: string, data: Blob) => void;
}

/** A stored record as the list sees it: a copy this version restores, or one it cannot. */
type Entry<Ref> = { readonly documentId: string; readonly time: number } & ({ readonly copy: StoredCopy<Ref> } | { readonly unreadable: UnreadableRecoveryCopy });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const dateOf = (value: unknown): string | null => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value.slice(0, 64) : null);

/** What a record in the store is; a record is reached by its key, whatever its content. */
function entryOf<Ref>(key: string, value: unknown): Entry<Ref> {
  const record = isRecord(value) ? value : {};
  const updatedAt = dateOf(record.updatedAt);
  const time = updatedAt === null ? 0 : Date.parse(updatedAt);
  const title = typeof record.title === 'string' ? record.title : null;
  const { version = VERSION } = record;
  if (typeof version === 'number' && Number.isInteger(version) && version > VERSION) {
    return { documentId: key, time, unreadable: { documentId: key, kind: 'newer', title: title && listedTitle(title), updatedAt, message: NEWER_RECOVERY_COPY } };
  }
  const readable =
    version === VERSION &&
    record.documentId === key &&
    title !== null &&
    (record.fileName === null || typeof record.fileName === 'string') &&
    updatedAt !== null &&
    typeof record.text === 'string' &&
    typeof record.stamp === 'number';
  if (readable) return { documentId: key, time, copy: record as unknown as StoredCopy<Ref> };
  return { documentId: key, time, unreadable: { documentId: key, kind: 'damaged', title: title && listedTitle(title), updatedAt, message: UNKNOWN_RECOVERY_COPY } };
}

const summaryOf = ({ documentId, title, fileName, updatedAt }: StoredCopy<unknown>): RecoveryCopySummary => ({ documentId, title: listedTitle(title), fileName, updatedAt });

const notFound = (): HostResult<never> => fail('not-found', 'This recovery copy is no longer there.');
const badId = (): HostResult<never> => fail('bad-arguments', 'This is not a recovery copy’s id.');

/**
 * The browser edition's recovery copies in IndexedDB, kept and paged as the desktop keeps its
 * files (shared/host/recoveryPolicy.ts): the list names a page of copies without their texts,
 * beside the damaged ones and those a newer version kept, which are downloaded rather than lost.
 */
export function createBrowserRecovery<Ref>({ storage, now, issue, fileOf, download }: BrowserRecoveryOptions<Ref>): BrowserRecovery {
  return {
    'recovery:list': (request) =>
      guarded('reading the recovery copies', async () => {
        if (!HOST_CHANNELS['recovery:list'].safeParse(request === undefined ? [] : [request]).success) return fail('bad-arguments', 'This is not a page of the recovery copies.');
        const entries = (await storage.entries<unknown>('recovery')).map(([key, value]) => entryOf<Ref>(key, value)).sort(newestFirst);
        const pruned = new Set<string>();
        for (const entry of prunable(entries, now().getTime())) {
          // Only a copy this version can restore goes; the others wait for the person.
          if (!('copy' in entry)) continue;
          await storage.delete('recovery', entry.documentId);
          pruned.add(entry.documentId);
        }
        const { page, more, next } = pageOf(
          entries.filter((entry) => !pruned.has(entry.documentId)),
          request?.after,
        );
        return succeed({
          copies: page.flatMap((entry) => ('copy' in entry ? [summaryOf(entry.copy)] : [])),
          unreadable: page.flatMap((entry) => ('unreadable' in entry ? [entry.unreadable] : [])),
          more,
          next,
        });
      }),

    'recovery:read': (documentId) =>
      guarded('reading the recovery copy', async () => {
        if (!documentHandleSchema.safeParse(documentId).success) return badId();
        const stored = await storage.get<unknown>('recovery', documentId);
        if (stored === undefined) return notFound();
        const entry = entryOf<Ref>(documentId, stored);
        if ('unreadable' in entry) return fail(entry.unreadable.kind, entry.unreadable.message);
        const { title, fileName, updatedAt, text, ref, stamp } = entry.copy;
        // The file the copy belongs to gets a handle for this visit, so the restored map saves back in place.
        const handle = ref !== null && fileName !== null ? issue({ name: fileName, ref, stamp, text }) : null;
        return succeed({ documentId, title, fileName, updatedAt, text, handle });
      }),

    'recovery:discard': (documentId) =>
      guarded('removing the recovery copy', async () => {
        if (!documentHandleSchema.safeParse(documentId).success) return badId();
        await storage.delete('recovery', documentId);
        return succeed(null);
      }),

    'recovery:reveal': (documentId) =>
      guarded('downloading the recovery copy', async () => {
        if (!documentHandleSchema.safeParse(documentId).success) return badId();
        const stored = await storage.get<unknown>('recovery', documentId);
        if (stored === undefined) return notFound();
        if (!download) return fail('unsupported', 'This window cannot download files.');
        const { ref: _ref, stamp: _stamp, ...record } = isRecord(stored) ? stored : { value: stored };
        // The map it holds, as a map file a newer version opens; else what is left of the record.
        if (typeof record.text === 'string') {
          const name = typeof record.title === 'string' ? suggestedFileName(record.title) : `Recovery copy ${documentId}.journey`;
          download(name, new Blob([record.text], { type: 'application/json' }));
        } else {
          download(`Recovery copy ${documentId}.json`, new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
        }
        return succeed(null);
      }),

    'recovery:write': (copy) =>
      guarded('keeping a recovery copy', async () => {
        if (!HOST_CHANNELS['recovery:write'].safeParse([copy]).success) return fail('bad-arguments', 'The recovery copy was not acceptable.');
        const file = copy.handle ? fileOf(copy.handle) : undefined;
        const stored: StoredCopy<Ref> = {
          version: VERSION,
          documentId: copy.documentId,
          title: copy.title,
          fileName: copy.fileName,
          updatedAt: now().toISOString(),
          text: copy.text,
          ref: file?.ref ?? null,
          stamp: file?.stamp ?? 0,
        };
        await storage.put('recovery', copy.documentId, stored);
        return succeed(null);
      }),
  };
}
