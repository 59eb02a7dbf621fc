import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { isYoungCopy, listedTitle, newestFirst, NEWER_RECOVERY_COPY, pageOf, prunable, UNKNOWN_RECOVERY_COPY } from '../../shared/host/recoveryPolicy';
import { atomicWrite, codeOf, describeFsCode, removeLeftoverTempFiles } from './atomicWrite';

// Recovery copies of documents with unsaved changes, one JSON envelope per document in one folder
// (`<userData>/recovery`): `<documentId>.json` holds the text and what the Restore / Discard offer
// shows. One file per copy means one atomic write per copy, with no sidecar to fall out of step.

/** Document ids are opaque to the store, but only these can name a file inside its folder. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const FORMAT = 'outside-in.recovery';
/** The envelope's version; a copy of a higher one was kept by a newer Outside-In. */
const VERSION = 1;
const SUFFIX = '.json';
// atomicWrite's temp files: `.<name>.<pid>.<hex>.tmp`; a killed write can leave one behind.
const LEFTOVER_TEMP = /^\.([A-Za-z0-9_-]{1,64})\.json\.\d+\.[0-9a-f]+\.tmp$/;

/** What the renderer hands over for a dirty document. */
export interface RecoveryInput {
  readonly text: string;
  readonly title: string;
  /** The file the document was opened from or last saved to; null for a document never saved. */
  readonly filePath: string | null;
  /** When the copy was taken; now unless given. */
  readonly updatedAt?: Date;
}

/** A recovery copy as stored: the document's text and what the Restore / Discard offer shows. */
export interface StoredRecoveryCopy {
  readonly documentId: string;
  readonly title: string;
  readonly filePath: string | null;
  /** ISO 8601 time the copy was taken. */
  readonly updatedAt: string;
  readonly text: string;
}

/** A copy as the list names it: everything but the text, which is read when the copy is restored. */
export type RecoverySummary = Omit<StoredRecoveryCopy, 'text'>;

/**
 * A file in the recovery folder this version cannot restore: damaged, or kept by a newer version of
 * Outside-In. It stays until the person discards it; it is never pruned.
 */
export interface RecoveryProblem {
  /** The file's name inside the recovery folder. */
  readonly file: string;
  readonly documentId: string;
  readonly kind: 'damaged' | 'newer';
  /** The map's title and when the copy was taken, when the file still says so. */
  readonly title: string | null;
  readonly updatedAt: string | null;
  readonly message: string;
}

/** One page of the copies, newest first: the readable ones and the others, how many are past the page, and where the next begins. */
export interface RecoveryListing {
  readonly copies: readonly RecoverySummary[];
  readonly problems: readonly RecoveryProblem[];
  readonly more: number;
  /** The cursor to pass as `after` for the next page; null on the last. */
  readonly next: string | null;
}

/** Which page to list, and the time pruning counts from (now unless a test says otherwise). */
export interface ListOptions {
  readonly after?: string | null;
  readonly now?: Date;
}

/**
 * Why the store refused or failed, in plain words: an id it does not accept, a damaged copy, or a
 * copy it could not write (the file-system error, with its system code, is the `cause`).
 */
export class RecoveryStoreError extends Error {
  override readonly name = 'RecoveryStoreError';
  constructor(
    message: string,
    readonly code: 'invalid-id' | 'damaged' | 'newer' | 'not-written',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface RecoveryStore {
  /** The folder the copies are kept in. */
  readonly folder: string;
  /** Writes (or replaces) the copy of a document atomically. */
  write(documentId: string, input: RecoveryInput): Promise<void>;
  /**
   * One page of the copies, newest first: the readable ones without their text, and a problem for
   * each file on the page this version cannot restore. Prunes first (shared/host/recoveryPolicy.ts).
   */
  list(options?: ListOptions): Promise<RecoveryListing>;
  /** The copy of a document, or null when there is none; throws `damaged` or `newer` for one it cannot restore. */
  read(documentId: string): Promise<StoredRecoveryCopy | null>;
  /** The file that holds the copy of a document, to show it in the file manager. */
  pathOf(documentId: string): string;
  /** Removes the copy of a document (after a successful save or a Discard); no copy is fine. */
  discard(documentId: string): Promise<void>;
}

const inputSchema = z.object({
  text: z.string(),
  title: z.string(),
  filePath: z.string().min(1).nullable(),
  updatedAt: z.date().optional(),
});

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  documentId: z.string().regex(DOCUMENT_ID_PATTERN),
  title: z.string(),
  filePath: z.string().min(1).nullable(),
  updatedAt: z.iso.datetime(),
  text: z.string(),
});

/**
 * The recovery copies kept in `folder` (the app passes `<userData>/recovery`; it is created on the
 * first write). Calls for one document run one after another, in the order they were made, so a
 * Discard that follows a write in flight is never undone by it.
 */
export function createRecoveryStore(folder: string): RecoveryStore {
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every earlier call for the same document has settled. */
  function inTurn<T>(documentId: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(documentId) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(documentId, settled);
    void settled.then(() => {
      if (queues.get(documentId) === settled) queues.delete(documentId);
    });
    return run;
  }

  const fileOf = (documentId: string): string => join(folder, `${checkedId(documentId)}${SUFFIX}`);

  /**
   * Removes a copy the policy lets go, in its document's turn (a write in flight makes it young
   * again) and only when this version can read it: damaged and newer copies stay.
   */
  function pruneIfOld(entry: Entry, now: Date): Promise<boolean> {
    const path = join(folder, entry.name);
    return inTurn(entry.documentId, async () => {
      const time = await timeOf(path);
      if (time === null || isYoungCopy(time, now.getTime())) return false;
      const outcome = await readCopy(path, entry.documentId);
      if (outcome === null || !('copy' in outcome)) return false;
      await rm(path, { force: true });
      return true;
    });
  }

  return {
    folder,
    async write(documentId, input) {
      const path = fileOf(documentId);
      const checked = inputSchema.safeParse(input);
      if (!checked.success) throw new TypeError(`A recovery copy needs a text, a title and a file path or null (${checked.error.issues[0]?.message}).`);
      const { text, title, filePath, updatedAt = new Date() } = checked.data;
      const envelope = { format: FORMAT, version: VERSION, documentId, title, filePath, updatedAt: updatedAt.toISOString(), text };
      await inTurn(documentId, async () => {
        try {
          await mkdir(folder, { recursive: true });
          await atomicWrite(path, JSON.stringify(envelope));
        } catch (error) {
          const code = codeOf(error);
          // mkdir says EEXIST when a file stands where the recovery folder should be.
          const reason = code === 'EEXIST' ? 'A file is in the way of the recovery folder.' : code ? describeFsCode(code, 'folder') : String(error);
          throw new RecoveryStoreError(`The recovery copy could not be written. ${reason}`, 'not-written', { cause: error });
        }
        // The file is dated when the copy was taken, so the list orders and prunes by a stat alone.
        await utimes(path, updatedAt, updatedAt).catch(() => undefined);
      });
    },
    async list({ after = null, now = new Date() } = {}) {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return { copies: [], problems: [], more: 0, next: null };
        throw error;
      }
      const entries: Entry[] = [];
      for (const name of names.sort()) {
        const leftover = LEFTOVER_TEMP.exec(name)?.[1];
        if (leftover !== undefined) await removeLeftoverTempFiles(join(folder, `${leftover}${SUFFIX}`));
        const documentId = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : '';
        if (!DOCUMENT_ID_PATTERN.test(documentId)) continue;
        const time = await timeOf(join(folder, name));
        if (time !== null) entries.push({ documentId, name, time });
      }
      entries.sort(newestFirst);

      const pruned = new Set<string>();
      for (const entry of prunable(entries, now.getTime())) {
        if (await pruneIfOld(entry, now)) pruned.add(entry.documentId);
      }
      const { page, more, next } = pageOf(
        entries.filter((entry) => !pruned.has(entry.documentId)),
        after,
      );

      const copies: RecoverySummary[] = [];
      const problems: RecoveryProblem[] = [];
      for (const { documentId, name } of page) {
        const outcome = await readCopy(join(folder, name), documentId);
        if (outcome === null) continue;
        if ('problem' in outcome) problems.push({ file: name, documentId, ...outcome.problem });
        else copies.push(withoutText(outcome.copy));
      }
      return { copies, problems, more, next };
    },
    async read(documentId) {
      const outcome = await readCopy(fileOf(documentId), documentId);
      if (outcome !== null && 'problem' in outcome) throw new RecoveryStoreError(outcome.problem.message, outcome.problem.kind);
      return outcome?.copy ?? null;
    },
    pathOf: fileOf,
    async discard(documentId) {
      const path = fileOf(documentId);
      await inTurn(documentId, () => rm(path, { force: true }));
    },
  };
}

/** A copy's file as the list orders it. */
interface Entry {
  readonly documentId: string;
  readonly name: string;
  readonly time: number;
}

/** When the file was last written (ms); null when it is gone; 0 when it cannot be looked at (it is then read, and reported). */
async function timeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? null : 0;
  }
}

const withoutText = ({ text: _text, title, ...summary }: StoredRecoveryCopy): RecoverySummary => ({ ...summary, title: listedTitle(title) });

/** Refuses an id that could name anything but a file directly inside the folder. */
function checkedId(documentId: string): string {
  if (typeof documentId !== 'string' || !DOCUMENT_ID_PATTERN.test(documentId)) {
    throw new RecoveryStoreError('This document id is not allowed for a recovery copy: only letters, digits, "-" and "_", at most 64.', 'invalid-id');
  }
  return documentId;
}

type Problem = Omit<RecoveryProblem, 'file' | 'documentId'>;

/** What a file that is not a copy this version can read still tells: its title and date, when it says them. */
function remnant(json: unknown): Pick<Problem, 'title' | 'updatedAt'> {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const title = typeof record.title === 'string' ? listedTitle(record.title) : null;
  const updatedAt = typeof record.updatedAt === 'string' && !Number.isNaN(Date.parse(record.updatedAt)) ? record.updatedAt.slice(0, 64) : null;
  return { title, updatedAt };
}

const damaged = (message: string, json?: unknown): { problem: Problem } => ({ problem: { kind: 'damaged', message, ...remnant(json) } });

/** The copy in `path`; a problem in words when it is damaged or newer; null when there is no file. */
async function readCopy(path: string, documentId: string): Promise<{ copy: StoredRecoveryCopy } | { problem: Problem } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    return damaged(`The recovery copy could not be read. ${describeFsCode(codeOf(error) || 'EUNKNOWN')}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return damaged('The recovery copy is damaged: it is not valid JSON.');
  }
  const version = (json as { format?: unknown; version?: unknown } | null)?.version;
  if ((json as { format?: unknown } | null)?.format === FORMAT && typeof version === 'number' && Number.isInteger(version) && version > VERSION) {
    return { problem: { kind: 'newer', message: NEWER_RECOVERY_COPY, ...remnant(json) } };
  }
  const checked = envelopeSchema.safeParse(json);
  if (!checked.success) return damaged(UNKNOWN_RECOVERY_COPY, json);
  const { title, filePath, updatedAt } = checked.data;
  const copy: StoredRecoveryCopy = { documentId: checked.data.documentId, title, filePath, updatedAt, text: checked.data.text };
  if (copy.documentId !== documentId) return damaged('The recovery copy is damaged: it belongs to another document.', json);
  return { copy };
}
