/** The parts of a window the health watch uses (Electron's BrowserWindow has them). */
export interface WatchedWindow {
  isDestroyed(): boolean;
  close(): void;
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: { readonly reason: string }) => void): unknown;
    on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
  };
}

/** A native message box's options, as `dialog.showMessageBox` takes them. */
export interface HealthQuestion {
  readonly type: 'warning' | 'error';
  readonly message: string;
  readonly detail: string;
  readonly buttons: string[];
  readonly defaultId: number;
  readonly cancelId: number;
  /** Closes the box as if cancelled: the hung page answered again, or died. */
  readonly signal?: AbortSignal;
}

/** Shows a native message box on the window; resolves with the index of the button chosen. */
export type AskOnWindow = (question: HealthQuestion) => Promise<number>;

// Electron's reasons for a page's process ending, said as a person would.
const GONE_WORDS: Readonly<Record<string, string>> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was ended by the system or another program',
  'abnormal-exit': 'it ended unexpectedly',
  'launch-failed': 'it could not be started',
  'integrity-failure': 'the system’s code integrity check stopped it',
  'memory-eviction': 'the system took back its memory',
};

const RELOAD = 0;
const WAIT = 0;
const RELOAD_AFTER_HANG = 1;

/** The message for a page whose process is gone. */
function goneQuestion(reason: string): HealthQuestion {
  return {
    type: 'error',
    message: `The window stopped working (${GONE_WORDS[reason] ?? 'for a reason the system did not explain'}).`,
    detail:
      'Your work since the last recovery copy (kept a few seconds after each change) may be lost; everything before it is kept. Reload the window: it offers the recovery copy.',
    buttons: ['Reload', 'Close Window'],
    defaultId: RELOAD,
    cancelId: 1,
  };
}

const HANG_QUESTION: Omit<HealthQuestion, 'signal'> = {
  type: 'warning',
  message: 'The window is not responding.',
  detail: 'It may be busy with a large map. Wait for it, or reload it: a reload loses the work since the last recovery copy, and then offers that copy.',
  buttons: ['Wait', 'Reload'],
  defaultId: WAIT,
  cancelId: WAIT,
};

/**
 * A dead page is a dead window unless the main process says so: when the page's process is gone
 * (crashed, killed, out of memory) the window tells what happened and offers to reload; when it
 * hangs, the window asks Wait or Reload. A reloaded page starts as always, and its start offers
 * the recovery copy its predecessor kept (renderer/files/RecoveryOffer.tsx).
 */
export function watchRendererHealth(window: WatchedWindow, ask: AskOnWindow): void {
  const contents = window.webContents;
  /** The Wait / Reload question, while it is up. */
  let hangQuestion: AbortController | null = null;
  let goneShown = false;
  /** Reload after a hang ends the hung process first; that ending is no news to tell. */
  let endingOnPurpose = false;

  contents.on('unresponsive', () => {
    if (hangQuestion || goneShown || window.isDestroyed()) return;
    const question = new AbortController();
    hangQuestion = question;
    void ask({ ...HANG_QUESTION, signal: question.signal })
      .catch(() => WAIT)
      .then((choice) => {
        if (hangQuestion === question) hangQuestion = null;
        if (question.signal.aborted || choice !== RELOAD_AFTER_HANG || window.isDestroyed()) return;
        endingOnPurpose = true;
        // A hung page cannot run a reload itself: its process goes, and the reload starts a new one.
        contents.forcefullyCrashRenderer();
        contents.reload();
      });
  });

  contents.on('responsive', () => hangQuestion?.abort());

  contents.on('render-process-gone', (_event, { reason }) => {
    if (endingOnPurpose) {
      endingOnPurpose = false;
      return;
    }
    if (reason === 'clean-exit' || goneShown || window.isDestroyed()) return;
    hangQuestion?.abort();
    hangQuestion = null;
    goneShown = true;
    void ask(goneQuestion(reason))
      .catch(() => RELOAD)
      .then((choice) => {
        goneShown = false;
        if (window.isDestroyed()) return;
        if (choice === RELOAD) contents.reload();
        else window.close();
      });
  });
}
