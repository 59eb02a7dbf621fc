const EXIT_CODE: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = {
  // Ctrl+C is how a person ends a server they started: a normal end, not a failure.
  SIGINT: 0,
  // 128 + 15 as shells report it, and as Vite's preview server exits on SIGTERM itself.
  SIGTERM: 143,
};

/**
 * Runs `stop` once when the user presses Ctrl+C or the process is told to end (as Playwright
 * ends its web server), then exits, so no server or browser is left behind.
 */
export function stopOnSignal(stop: () => Promise<void> | void): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void Promise.resolve()
        .then(stop)
        .finally(() => process.exit(EXIT_CODE[signal]));
    });
  }
}
