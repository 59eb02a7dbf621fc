/** The timer as the phone last heard it, and when (on this phone's own clock). */
export interface HeardTimer {
  readonly remainingMs: number;
  readonly running: boolean;
  /** performance.now() when it was heard: phones and the laptop need not agree on the time of day. */
  readonly at: number;
}

/** What is left now: counted down from when the phone heard it while it runs. */
export function remainingOf(timer: HeardTimer, now: number): number {
  return Math.max(0, timer.running ? timer.remainingMs - (now - timer.at) : timer.remainingMs);
}

/** "4:05 left", "0:00 time is up", "2:00 paused". */
export function timerWords(remainingMs: number, running: boolean): string {
  const seconds = Math.ceil(remainingMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  if (seconds === 0) return `${clock} time is up`;
  return running ? `${clock} left` : `${clock} paused`;
}
