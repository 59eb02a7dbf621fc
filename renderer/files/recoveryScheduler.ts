/** The timer functions the scheduler uses; the window's in the app, fake ones in tests. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/** What a recovery copy holds, taken when it is written (not when it was scheduled). */
export interface RecoveryContent {
  readonly title: string;
  readonly fileName: string | null;
  readonly handle: string | null;
  readonly text: string;
}

/** The document as the scheduler sees it after a change. */
export interface DocumentSnapshot {
  readonly documentId: string;
  readonly dirty: boolean;
  /** The copy's content; called only when the copy is written, so serialising waits for the pause. */
  readonly content: () => RecoveryContent;
}

export interface RecoverySchedulerOptions {
  readonly clock: Clock;
  /** The pause after the last change before a copy is written, read at each change. */
  readonly delayMs: () => number;
  /** Writes a copy; rejects or resolves false when it could not. */
  readonly write: (documentId: string, content: RecoveryContent) => Promise<boolean>;
  readonly discard: (documentId: string) => Promise<unknown>;
  /** The document could not be turned into a copy at all (its content threw): why, to tell the user. */
  readonly unwritable: (reason: string) => void;
}

export interface RecoveryScheduler {
  /** Tells the scheduler the document changed (its map, its file, or which document it is). */
  update(snapshot: DocumentSnapshot): void;
  /** Says that a copy of this document exists already (a restored one), so it goes once the document is clean. */
  adopt(documentId: string): void;
  /** Writes a pending copy now, if one is due. */
  flush(): Promise<void>;
  /** Stops the timer; resolves once every write and discard asked for has finished. */
  idle(): Promise<void>;
  dispose(): void;
}

/**
 * Keeps a recovery copy of a dirty document: written a pause after the last change (debounced),
 * discarded when the document becomes clean (saved, or undone back to the saved state) or when
 * another document replaces it. Writes and discards run one after another, in the order they
 * were asked for, so a discard is never overtaken by a write that started before it.
 */
export function createRecoveryScheduler({ clock, delayMs, write, discard, unwritable }: RecoverySchedulerOptions): RecoveryScheduler {
  let current: DocumentSnapshot | null = null;
  let timer: unknown = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** Documents whose copy exists (or is being written). */
  const copied = new Set<string>();

  const inTurn = (task: () => Promise<unknown>): void => {
    queue = queue.then(task).catch(() => undefined);
  };

  function cancel(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  }

  function discardCopy(documentId: string): void {
    if (!copied.delete(documentId)) return;
    inTurn(() => discard(documentId));
  }

  function writeNow(): void {
    timer = null;
    const snapshot = current;
    if (!snapshot?.dirty) return;
    let content: RecoveryContent;
    try {
      content = snapshot.content();
    } catch (error) {
      // A map that cannot be written as text gets no copy, and the window says so.
      unwritable(error instanceof Error ? error.message : String(error));
      return;
    }
    copied.add(snapshot.documentId);
    inTurn(async () => {
      // A discard asked for after this write was queued stays the last word.
      if (!copied.has(snapshot.documentId)) return;
      await write(snapshot.documentId, content);
    });
  }

  return {
    update(snapshot) {
      if (current && current.documentId !== snapshot.documentId) {
        cancel();
        discardCopy(current.documentId);
      }
      current = snapshot;
      cancel();
      if (snapshot.dirty) timer = clock.setTimeout(writeNow, delayMs());
      else discardCopy(snapshot.documentId);
    },
    adopt(documentId) {
      copied.add(documentId);
    },
    async flush() {
      if (timer !== null) {
        cancel();
        writeNow();
      }
      await queue;
    },
    async idle() {
      await queue;
    },
    dispose() {
      cancel();
      current = null;
    },
  };
}
