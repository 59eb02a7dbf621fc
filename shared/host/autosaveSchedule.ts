// When to write a recovery copy of a dirty document: after the user has paused for the autosave
// delay, or, while changes keep coming (a long drag, steady typing), at the latest after
// `maxWaitMs`, so a copy is never more than that far behind. The page decides the moment, since it
// knows when the document changes; the host only stores what it is sent. Timers are injected, so
// the schedule runs on the page's clock in the app and on a fake one in tests.

/** The timer functions the schedule runs on. */
export interface ScheduleTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveScheduleOptions {
  /** Quiet time after the last change before the copy is written (the autosaveDelayMs preference). */
  readonly delayMs: number;
  /** Longest a change waits while changes keep coming; five times the delay unless given. */
  readonly maxWaitMs?: number;
  readonly timers: ScheduleTimers;
  /** Writes the recovery copy of a document as it is now. */
  readonly write: (documentId: string) => Promise<void>;
  /** Told when a write fails; the next change schedules another try. */
  readonly onError?: (documentId: string, error: unknown) => void;
}

/** Recovery-copy timing for any number of documents, each on its own timers. */
export interface AutosaveSchedule {
  /** The document changed: its copy is due after the delay (the pause restarts at each change). */
  changed(documentId: string): void;
  /**
   * The document was saved or its changes discarded: nothing is due any more. Resolves once a
   * write already under way has finished, so a Discard sent afterwards cannot be overtaken by it.
   */
  cancel(documentId: string): Promise<void>;
  /** Writes now what is due (one document, or all), and resolves when those writes have finished. */
  flush(documentId?: string): Promise<void>;
  /** Whether a copy of the document is due or being written. */
  pending(documentId: string): boolean;
  /** Changes the delay (and the default longest wait) for changes from now on. */
  setDelay(delayMs: number): void;
  /** Stops every timer; nothing is written afterwards. */
  dispose(): void;
}

interface DocumentTimers {
  quiet?: unknown;
  deadline?: unknown;
  running?: Promise<void>;
  /** A write fell due while the previous one was still running: run again when it ends. */
  again: boolean;
}

export function createAutosaveSchedule(options: AutosaveScheduleOptions): AutosaveSchedule {
  const { timers, write, onError = () => {} } = options;
  let delayMs = options.delayMs;
  let maxWaitMs = options.maxWaitMs ?? 5 * delayMs;
  const explicitMaxWait = options.maxWaitMs !== undefined;
  const documents = new Map<string, DocumentTimers>();
  let disposed = false;

  const stateOf = (documentId: string): DocumentTimers => {
    let state = documents.get(documentId);
    if (!state) documents.set(documentId, (state = { again: false }));
    return state;
  };

  const clearTimers = (state: DocumentTimers): void => {
    if (state.quiet !== undefined) timers.clearTimeout(state.quiet);
    if (state.deadline !== undefined) timers.clearTimeout(state.deadline);
    state.quiet = state.deadline = undefined;
  };

  const forgetIfIdle = (documentId: string, state: DocumentTimers): void => {
    if (state.quiet === undefined && state.deadline === undefined && !state.running && !state.again) documents.delete(documentId);
  };

  /** Writes the copy now, or right after the write under way, never two at once. */
  const fire = (documentId: string): void => {
    const state = stateOf(documentId);
    clearTimers(state);
    if (disposed) return;
    if (state.running) {
      state.again = true;
      return;
    }
    const running = write(documentId)
      .catch((error: unknown) => onError(documentId, error))
      .finally(() => {
        state.running = undefined;
        if (state.again && !disposed) {
          state.again = false;
          fire(documentId);
        } else {
          forgetIfIdle(documentId, state);
        }
      });
    state.running = running;
  };

  /** Resolves when the document has no write running or queued. */
  const settled = async (documentId: string): Promise<void> => {
    for (let state = documents.get(documentId); state?.running; state = documents.get(documentId)) await state.running;
  };

  return {
    changed(documentId) {
      if (disposed) return;
      const state = stateOf(documentId);
      if (state.quiet !== undefined) timers.clearTimeout(state.quiet);
      state.quiet = timers.setTimeout(() => fire(documentId), delayMs);
      state.deadline ??= timers.setTimeout(() => fire(documentId), maxWaitMs);
    },
    async cancel(documentId) {
      const state = documents.get(documentId);
      if (!state) return;
      clearTimers(state);
      state.again = false;
      forgetIfIdle(documentId, state);
      await settled(documentId);
    },
    async flush(documentId) {
      const ids = documentId === undefined ? [...documents.keys()] : [documentId];
      for (const id of ids) {
        const state = documents.get(id);
        if (state && (state.quiet !== undefined || state.deadline !== undefined)) fire(id);
      }
      await Promise.all(ids.map(settled));
    },
    pending(documentId) {
      return documents.has(documentId);
    },
    setDelay(newDelayMs) {
      delayMs = newDelayMs;
      if (!explicitMaxWait) maxWaitMs = 5 * newDelayMs;
    },
    dispose() {
      disposed = true;
      for (const state of documents.values()) clearTimers(state);
    },
  };
}
