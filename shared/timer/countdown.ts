/** The presets a time-box is started with, in minutes. */
export const TIMER_PRESETS = [2, 5, 10, 15] as const;

/** The longest time-box, in minutes: a whole workshop day. */
export const TIMER_MAX_MINUTES = 600;

/** From this much time left the countdown turns amber. */
export const LAST_MINUTE_MS = 60_000;

const MINUTE_MS = 60_000;

/**
 * A time-box counting down. Running, it ends at a moment of the clock, so a late tick never
 * loses time; paused, it keeps what was left. Times are milliseconds of the clock it is given.
 */
export type Countdown =
  | { readonly state: 'running'; readonly endsAt: number; readonly totalMs: number }
  | { readonly state: 'paused'; readonly remainingMs: number; readonly totalMs: number };

/** How the countdown reads at a moment: counting, in its last minute, at zero, or paused. */
export type CountdownPhase = 'running' | 'lastMinute' | 'done' | 'paused';

/** A time-box of `ms`, starting now. */
export function startCountdown(now: number, ms: number): Countdown {
  return { state: 'running', endsAt: now + ms, totalMs: ms };
}

/** The time left at `now`, never below zero. */
export function remainingMs(countdown: Countdown, now: number): number {
  return countdown.state === 'paused' ? countdown.remainingMs : Math.max(0, countdown.endsAt - now);
}

export function phaseOf(countdown: Countdown, now: number): CountdownPhase {
  if (countdown.state === 'paused') return 'paused';
  const left = remainingMs(countdown, now);
  return left === 0 ? 'done' : left <= LAST_MINUTE_MS ? 'lastMinute' : 'running';
}

/** Paused, it resumes; running, it pauses with what is left. A countdown at zero stays as it is. */
export function togglePause(countdown: Countdown, now: number): Countdown {
  if (countdown.state === 'paused') return { state: 'running', endsAt: now + countdown.remainingMs, totalMs: countdown.totalMs };
  const left = remainingMs(countdown, now);
  return left === 0 ? countdown : { state: 'paused', remainingMs: left, totalMs: countdown.totalMs };
}

/** One more minute: on top of what is left, or, once at zero, a fresh minute from now. */
export function addMinute(countdown: Countdown, now: number): Countdown {
  const totalMs = countdown.totalMs + MINUTE_MS;
  if (countdown.state === 'paused') return { state: 'paused', remainingMs: countdown.remainingMs + MINUTE_MS, totalMs };
  return { state: 'running', endsAt: Math.max(countdown.endsAt, now) + MINUTE_MS, totalMs };
}

/** The time left as a clock reads it, rounded up to the second: "4:59", "0:07", "1:00:00". */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A typed time-box, read. */
export type ParsedDuration = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly message: string };

/**
 * A time-box as typed: minutes ("7", "2.5", "7 min") or minutes and seconds ("7:30"). From one
 * second to ten hours.
 */
export function parseDuration(text: string): ParsedDuration {
  const typed = text.trim().toLowerCase().replace(/\s*(m|min|mins|minutes?)$/, '');
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(typed);
  const minutes = clock ? Number(clock[1]) + Number(clock[2]) / 60 : /^\d{1,3}([.,]\d+)?$/.test(typed) ? Number(typed.replace(',', '.')) : Number.NaN;
  if (Number.isNaN(minutes)) return { ok: false, message: 'Type minutes, such as 7, 2.5 or 7:30.' };
  const ms = Math.round(minutes * 60) * 1000;
  if (ms < 1000) return { ok: false, message: 'A time-box lasts at least a second.' };
  if (ms > TIMER_MAX_MINUTES * MINUTE_MS) return { ok: false, message: `A time-box lasts at most ${TIMER_MAX_MINUTES / 60} hours.` };
  return { ok: true, ms };
}
