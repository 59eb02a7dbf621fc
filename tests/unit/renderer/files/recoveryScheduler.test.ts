import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecoveryScheduler, type DocumentSnapshot, type RecoveryScheduler } from '../../../../renderer/files/recoveryScheduler';

const DELAY = 2000;
let calls: string[];
let delay: number;
let scheduler: RecoveryScheduler;

const snapshot = (documentId: string, dirty: boolean, text = 'text'): DocumentSnapshot => ({
  documentId,
  dirty,
  content: () => ({ title: 'Map', fileName: null, handle: null, text }),
});

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  delay = DELAY;
  scheduler = createRecoveryScheduler({
    clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) },
    delayMs: () => delay,
    write: async (documentId, content) => {
      calls.push(`write ${documentId} ${content.text}`);
      return true;
    },
    discard: async (documentId) => {
      calls.push(`discard ${documentId}`);
    },
    unwritable: (reason) => calls.push(`unwritable ${reason}`),
  });
});

afterEach(() => {
  scheduler.dispose();
  vi.useRealTimers();
});

/** Lets time pass and the queued writes and discards run. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await scheduler.idle();
}

describe('the recovery scheduler', () => {
  it('writes a copy of a dirty document once the changes pause for the delay, with the latest text', async () => {
    scheduler.update(snapshot('d1', true, 'a'));
    await wait(1500);
    scheduler.update(snapshot('d1', true, 'ab'));
    await wait(1500);
    expect(calls).toEqual([]);
    await wait(500);
    expect(calls).toEqual(['write d1 ab']);
  });

  it('writes nothing for a clean document', async () => {
    scheduler.update(snapshot('d1', false));
    await wait(10_000);
    expect(calls).toEqual([]);
  });

  it('discards the copy when the document becomes clean (saved, or undone back to the saved map)', async () => {
    scheduler.update(snapshot('d1', true));
    await wait(DELAY);
    scheduler.update(snapshot('d1', false));
    await wait(0);
    expect(calls).toEqual(['write d1 text', 'discard d1']);
  });

  it('writes nothing when the document becomes clean before the pause ends, and has nothing to discard', async () => {
    scheduler.update(snapshot('d1', true));
    await wait(1000);
    scheduler.update(snapshot('d1', false));
    await wait(DELAY);
    expect(calls).toEqual([]);
  });

  it('discards the copy of a document another one replaced', async () => {
    scheduler.update(snapshot('d1', true));
    await wait(DELAY);
    scheduler.update(snapshot('d2', false));
    await wait(DELAY);
    expect(calls).toEqual(['write d1 text', 'discard d1']);
  });

  it('discards an adopted copy (a restored document) once it is saved, even before writing it again', async () => {
    scheduler.update(snapshot('r1', true));
    scheduler.adopt('r1');
    scheduler.update(snapshot('r1', false));
    await wait(DELAY);
    expect(calls).toEqual(['discard r1']);
  });

  it('takes the delay from the preference at each change', async () => {
    delay = 500;
    scheduler.update(snapshot('d1', true));
    await wait(500);
    expect(calls).toEqual(['write d1 text']);
  });

  it('writes a pending copy at once on flush', async () => {
    scheduler.update(snapshot('d1', true));
    await scheduler.flush();
    expect(calls).toEqual(['write d1 text']);
    await wait(DELAY);
    expect(calls).toHaveLength(1);
  });

  it('never lets a write overtake a discard asked for after it', async () => {
    const order: string[] = [];
    let finishWrite: () => void = () => undefined;
    const slow = createRecoveryScheduler({
      clock: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) },
      delayMs: () => DELAY,
      unwritable: () => undefined,
      write: (documentId) =>
        new Promise<boolean>((resolve) => {
          order.push(`write ${documentId} started`);
          finishWrite = () => {
            order.push(`write ${documentId} done`);
            resolve(true);
          };
        }),
      discard: async (documentId) => {
        order.push(`discard ${documentId}`);
      },
    });
    slow.update(snapshot('d1', true));
    await vi.advanceTimersByTimeAsync(DELAY);
    slow.update(snapshot('d1', false));
    await vi.advanceTimersByTimeAsync(0);
    finishWrite();
    await slow.idle();
    expect(order).toEqual(['write d1 started', 'write d1 done', 'discard d1']);
  });

  it('says so, and writes nothing, when the document cannot be turned into a copy', async () => {
    scheduler.update({ documentId: 'd1', dirty: true, content: () => { throw new RangeError('Maximum call stack size exceeded'); } });
    await vi.advanceTimersByTimeAsync(DELAY);
    await scheduler.idle();
    expect(calls).toEqual(['unwritable Maximum call stack size exceeded']);
  });
});
