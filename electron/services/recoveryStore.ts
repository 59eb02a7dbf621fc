import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWrite, codeOf, describeFsCode, removeLeftoverTempFiles } from './atomicWrite';

// Recovery copies of documents with unsaved changes, one JSON envelope per document in one folder
// (`<userData>/recovery`): `<documentId>.json` holds the text and what the Restore / Discard offer
// shows. One file per copy means one atomic write per copy, with no sidecar to fall out of step.

/** Document ids are opaque to the store, but only these can name a file inside its folder. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const FORMAT = 'outside-in.recovery';
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

/** A file in the recovery folder that could not be read as a copy; it stays until discarded. */
export interface RecoveryProblem {
  /** The file's name inside the recovery folder. */
  readonly file: string;
  readonly documentId: string;
  readonly message: string;
}

export interface RecoveryListing {
  /** Newest first. */
  readonly copies: readonly StoredRecoveryCopy[];
  readonly problems: readonly RecoveryProblem[];
}

/**
 * Why the store refused or failed, in plain words: an id it does not accept, a damaged copy, or a
 * copy it could not write (the file-system error, with its system code, is the `cause`).
 */
export class RecoveryStoreError extends Error {
  override readonly name = 'RecoveryStoreError';
  constructor(
    message: string,
    readonly code: 'invalid-id' | 'damaged' | 'not-written',
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
  /** Every readable copy, newest first, and a problem for each file that could not be read. */
  list(): Promise<RecoveryListing>;
  /** The copy of a document, or null when there is none. */
  read(documentId: string): Promise<StoredRecoveryCopy | null>;
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
  version: z.literal(1),
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

  return {
    folder,
    async write(documentId, input) {
      const path = fileOf(documentId);
      const checked = inputSchema.safeParse(input);
      if (!checked.success) throw new TypeError(`A recovery copy needs a text, a title and a file path or null (${checked.error.issues[0]?.message}).`);
      const { text, title, filePath, updatedAt = new Date() } = checked.data;
      const envelope = { format: FORMAT, version: 1, documentId, title, filePath, updatedAt: updatedAt.toISOString(), text };
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
      });
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return { copies: [], problems: [] };
        throw error;
      }
      const copies: StoredRecoveryCopy[] = [];
      const problems: RecoveryProblem[] = [];
      for (const name of names.sort()) {
        const leftover = LEFTOVER_TEMP.exec(name)?.[1];
        if (leftover !== undefined) await removeLeftoverTempFiles(join(folder, `${leftover}${SUFFIX}`));
        const documentId = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : '';
        if (!DOCUMENT_ID_PATTERN.test(documentId)) continue;
        const outcome = await readCopy(join(folder, name), documentId);
        if (outcome === null) continue;
        if ('problem' in outcome) problems.push({ file: name, documentId, message: outcome.problem });
        else copies.push(outcome.copy);
      }
      copies.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.documentId < b.documentId ? -1 : 1));
      return { copies, problems };
    },
    async read(documentId) {
      const outcome = await readCopy(fileOf(documentId), documentId);
      if (outcome !== null && 'problem' in outcome) throw new RecoveryStoreError(outcome.problem, 'damaged');
      return outcome?.copy ?? null;
    },
    async discard(documentId) {
      const path = fileOf(documentId);
      await inTurn(documentId, () => rm(path, { force: true }));
    },
  };
}

/** Refuses an id that could name anything but a file directly inside the folder. */
function checkedId(documentId: string): string {
  if (typeof documentId !== 'string' || !DOCUMENT_ID_PATTERN.test(documentId)) {
    throw new RecoveryStoreError('This document id is not allowed for a recovery copy: only letters, digits, "-" and "_", at most 64.', 'invalid-id');
  }
  return documentId;
}

/** The copy in `path`; a problem in words when the file is damaged; null when there is no file. */
async function readCopy(path: string, documentId: string): Promise<{ copy: StoredRecoveryCopy } | { problem: string } | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    return { problem: `The recovery copy could not be read. ${describeFsCode(codeOf(error) || 'EUNKNOWN')}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'The recovery copy is damaged: it is not valid JSON.' };
  }
  const checked = envelopeSchema.safeParse(json);
  if (!checked.success) return { problem: 'The recovery copy is damaged: it is not a recovery copy this version of Outside-In can read.' };
  const { title, filePath, updatedAt } = checked.data;
  const copy: StoredRecoveryCopy = { documentId: checked.data.documentId, title, filePath, updatedAt, text: checked.data.text };
  if (copy.documentId !== documentId) return { problem: 'The recovery copy is damaged: it belongs to another document.' };
  return { copy };
}
