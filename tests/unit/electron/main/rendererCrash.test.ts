import { describe, expect, it } from 'vitest';
import { watchRendererHealth, type HealthQuestion, type WatchedWindow } from '../../../../electron/main/rendererCrash';

/** A window whose page can hang, recover or die on cue, and a native message box answered by the test. */
function fakeWindow() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const did: string[] = [];
  const state = { destroyed: false };
  const window: WatchedWindow = {
    isDestroyed: () => state.destroyed,
    close: () => void did.push('close'),
    webContents: {
      on: ((event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener)) as WatchedWindow['webContents']['on'],
      reload: () => void did.push('reload'),
      forcefullyCrashRenderer: () => void did.push('crash'),
    },
  };
  const asked: { question: HealthQuestion; answer: (button: number) => void }[] = [];
  const ask = (question: HealthQuestion): Promise<number> =>
    new Promise((resolve) => {
      asked.push({ question, answer: resolve });
      // A closed message box answers as if cancelled (Electron's signal option).
      question.signal?.addEventListener('abort', () => resolve(question.cancelId));
    });
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)!(...args);
  const gone = (reason: string) => emit('render-process-gone', {}, { reason, exitCode: 1 });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { window, ask, asked, did, state, emit, gone, settle };
}

describe('a page whose process is gone', () => {
  it.each([
    ['crashed', 'The window stopped working (it crashed).'],
    ['oom', 'The window stopped working (it ran out of memory).'],
    ['killed', 'The window stopped working (it was ended by the system or another program).'],
    ['abnormal-exit', 'The window stopped working (it ended unexpectedly).'],
    ['launch-failed', 'The window stopped working (it could not be started).'],
    ['something-new', 'The window stopped working (for a reason the system did not explain).'],
  ])('says what happened (%s) and reloads the page when asked, so its start offers the recovery copy', async (reason, message) => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.gone(reason);
    expect(fake.asked).toHaveLength(1);
    const { question } = fake.asked[0]!;
    expect(question).toMatchObject({ type: 'error', message, buttons: ['Reload', 'Close Window'], defaultId: 0 });
    expect(question.detail).toMatch(/^Your work since the last recovery copy/);
    expect(question.detail).toContain('offers the recovery copy');
    fake.asked[0]!.answer(0);
    await fake.settle();
    expect(fake.did).toEqual(['reload']);
  });

  it('closes the window when the person chooses so', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.gone('crashed');
    fake.asked[0]!.answer(1);
    await fake.settle();
    expect(fake.did).toEqual(['close']);
  });

  it('asks nothing for a page that ended normally, or a window already closed', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.gone('clean-exit');
    fake.state.destroyed = true;
    fake.gone('crashed');
    expect(fake.asked).toEqual([]);
  });

  it('asks once while the message is up, and does nothing to a window closed meanwhile', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.gone('crashed');
    fake.gone('crashed');
    expect(fake.asked).toHaveLength(1);
    fake.state.destroyed = true;
    fake.asked[0]!.answer(0);
    await fake.settle();
    expect(fake.did).toEqual([]);
  });
});

describe('a page that stops responding', () => {
  it('asks Wait or Reload; Reload ends the hung page and starts it again, without a second message', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.emit('unresponsive');
    expect(fake.asked).toHaveLength(1);
    const { question } = fake.asked[0]!;
    expect(question).toMatchObject({ type: 'warning', message: 'The window is not responding.', buttons: ['Wait', 'Reload'], defaultId: 0, cancelId: 0 });
    expect(question.detail).toContain('recovery copy');
    fake.asked[0]!.answer(1);
    await fake.settle();
    // A hung page cannot reload itself: its process goes first, and that ending is no news to the person.
    expect(fake.did).toEqual(['crash', 'reload']);
    fake.gone('killed');
    expect(fake.asked).toHaveLength(1);
    // A later, real crash is told again.
    fake.gone('crashed');
    expect(fake.asked).toHaveLength(2);
  });

  it('leaves the page alone on Wait, and asks again the next time it hangs', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.emit('unresponsive');
    fake.emit('unresponsive');
    expect(fake.asked).toHaveLength(1);
    fake.asked[0]!.answer(0);
    await fake.settle();
    expect(fake.did).toEqual([]);
    fake.emit('unresponsive');
    expect(fake.asked).toHaveLength(2);
  });

  it('takes the question away when the page responds again', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.emit('unresponsive');
    fake.emit('responsive');
    expect(fake.asked[0]!.question.signal?.aborted).toBe(true);
    await fake.settle();
    expect(fake.did).toEqual([]);
  });

  it('replaces the question by the crash message when the hung page dies', async () => {
    const fake = fakeWindow();
    watchRendererHealth(fake.window, fake.ask);
    fake.emit('unresponsive');
    fake.gone('oom');
    expect(fake.asked[0]!.question.signal?.aborted).toBe(true);
    expect(fake.asked.map((entry) => entry.question.type)).toEqual(['warning', 'error']);
    fake.asked[1]!.answer(0);
    await fake.settle();
    expect(fake.did).toEqual(['reload']);
  });
});
