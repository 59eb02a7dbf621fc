import { ROOM_LIMITS } from './roomLimits';

/** Whether an address may try a code now. */
export type Admission = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/** Counts wrong codes per network address, and turns away an address that tried too many. */
export interface CodeGuard {
  /** Whether this address may try a code now. */
  admit(address: string): Admission;
  /** A wrong code from this address. */
  failed(address: string): void;
  /** A right code: the address starts again with a clean slate. */
  succeeded(address: string): void;
}

interface Attempts {
  /** When the wrong codes of the last minute were tried. */
  readonly failures: number[];
  lockedUntil: number;
}

/**
 * Rate-limits guessing: more than `perMinute` wrong codes from one address within a minute locks
 * it out for `lockoutMs`, during which even the right code is refused. `now` is the clock (tests
 * pass their own). Memory stays bounded: addresses with nothing to remember are forgotten.
 */
export function createCodeGuard({ now = Date.now, perMinute = ROOM_LIMITS.wrongCodesPerMinute, lockoutMs = ROOM_LIMITS.lockoutMs } = {}): CodeGuard {
  const attempts = new Map<string, Attempts>();
  const recent = (entry: Attempts, at: number): number[] => entry.failures.filter((time) => at - time < 60_000);
  return {
    admit(address) {
      const entry = attempts.get(address);
      const at = now();
      if (!entry) return { allowed: true };
      if (entry.lockedUntil > at) return { allowed: false, retryAfterMs: entry.lockedUntil - at };
      const failures = recent(entry, at);
      if (failures.length === 0) attempts.delete(address);
      else attempts.set(address, { failures, lockedUntil: 0 });
      return { allowed: true };
    },
    failed(address) {
      const at = now();
      const entry = attempts.get(address) ?? { failures: [], lockedUntil: 0 };
      const failures = [...recent(entry, at), at];
      attempts.set(address, { failures, lockedUntil: failures.length >= perMinute ? at + lockoutMs : entry.lockedUntil });
    },
    succeeded(address) {
      attempts.delete(address);
    },
  };
}
