import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaveSchedule, type AutosaveScheduleOptions } from '../../../../shared/host/autosaveSchedule';

// The schedule lives in shared/ (the page decides when to send a copy); it is tested here with
// the other recovery pieces. Vitest's fake timers stand in for the page's clock.

const timers = { setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms), clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/** A write that records each call and stays open until the test finishes it. */
function recordingWrite() {
  const calls: string[] = [];
  const finish: (() => void)[] = [];
  const fail: ((error: Error) => void)[] = [];
  const write = vi.fn((documentId: string) => {
    calls.push(documentId);
    return new Promise<void>((resolve, reject) => {
      finish.push(resolve);
      fail.push(reject);
    });
  });
  return { calls, finish, fail, write };
}

const schedule = (options: Partial<AutosaveScheduleOptions> & Pick<AutosaveScheduleOptions, 'write'>) => createAutosaveSchedule({ delayMs: 2000, timers, ...options });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave schedule', () => {
  it('writes a copy once, the delay after the last of several changes', async () => {
    const { calls, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(1500);
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['doc']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual(['doc']);
  });

  it('writes at the latest after the longest wait (five delays) while changes keep coming', async () => {
    const { calls, finish, write } = recordingWrite();
    const autosave = schedule({ write, delayMs: 2000 });
    for (let second = 0; second < 9; second++) {
      autosave.changed('doc');
      await vi.advanceTimersByTimeAsync(1000);
    }
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['doc']);

    // The next stretch of changes has a deadline of its own.
    finish[0]?.();
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['doc', 'doc']);
  });

  it('takes the longest wait it is given', async () => {
    const { calls, write } = recordingWrite();
    const autosave = schedule({ write, delayMs: 2000, maxWaitMs: 3000 });
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(1500);
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(1499);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['doc']);
  });

  it('keeps each document on its own timers', async () => {
    const { calls, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.changed('a');
    await vi.advanceTimersByTimeAsync(1000);
    autosave.changed('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['a', 'b']);
  });

  it('never runs two writes of one document at once: a change during a write is written after it', async () => {
    const { calls, finish, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['doc']);
    expect(autosave.pending('doc')).toBe(true);
    finish[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['doc', 'doc']);
    finish[1]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.pending('doc')).toBe(false);
  });

  it('writes nothing after a save or discard cancels, and lets a write under way finish first', async () => {
    const { calls, finish, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    autosave.changed('doc');

    let cancelled = false;
    void autosave.cancel('doc').then(() => (cancelled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled).toBe(false);
    finish[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(cancelled).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual(['doc']);
    expect(autosave.pending('doc')).toBe(false);
  });

  it('cancels a document that has nothing due without complaint', async () => {
    const autosave = schedule({ write: recordingWrite().write });
    await autosave.cancel('never-changed');
    autosave.changed('doc');
    await autosave.cancel('doc');
    expect(autosave.pending('doc')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flushes what is due now, and waits for it', async () => {
    const writes: string[] = [];
    const autosave = schedule({ write: async (documentId) => void writes.push(documentId) });
    autosave.changed('a');
    autosave.changed('b');
    await autosave.flush('a');
    expect(writes).toEqual(['a']);
    await autosave.flush();
    expect(writes).toEqual(['a', 'b']);
    await autosave.flush();
    expect(writes).toEqual(['a', 'b']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a failed write and tries again at the next change', async () => {
    const errors: unknown[] = [];
    let attempt = 0;
    const autosave = schedule({
      write: async () => {
        attempt++;
        if (attempt === 1) throw new Error('The disk is full.');
      },
      onError: (documentId, error) => errors.push([documentId, (error as Error).message]),
    });
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    expect(errors).toEqual([['doc', 'The disk is full.']]);
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(2000);
    expect(attempt).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it('takes a new delay for the changes that follow', async () => {
    const { calls, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.setDelay(500);
    autosave.changed('doc');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toEqual(['doc']);
  });

  it('writes nothing once disposed', async () => {
    const { calls, write } = recordingWrite();
    const autosave = schedule({ write });
    autosave.changed('doc');
    autosave.dispose();
    autosave.changed('other');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
