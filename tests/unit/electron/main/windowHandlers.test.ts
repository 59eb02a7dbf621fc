import { describe, expect, it } from 'vitest';
import { registerHostHandlers, type HostHandlers, type IpcMainLike } from '../../../../electron/ipc/registerHostHandlers';
import type { IpcEventLike } from '../../../../electron/ipc/senderPolicy';
import { createWindowHandlers, type FullScreenWindow } from '../../../../electron/main/windowHandlers';

/** A window that keeps its full-screen state and counts how often it was set. */
function fakeWindow(fullScreen = false): FullScreenWindow & { sets: boolean[] } {
  const sets: boolean[] = [];
  return {
    sets,
    isFullScreen: () => fullScreen,
    setFullScreen: (next) => {
      sets.push(next);
      fullScreen = next;
    },
  };
}

describe('window:setFullScreen', () => {
  it('puts the window into full screen and out again, answering whether it was full screen before', async () => {
    const window = fakeWindow();
    const handlers = createWindowHandlers({ windowOf: () => window });
    expect(await handlers['window:setFullScreen'](true)).toEqual({ ok: true, value: false });
    expect(window.isFullScreen()).toBe(true);
    expect(await handlers['window:setFullScreen'](false)).toEqual({ ok: true, value: true });
    expect(window.isFullScreen()).toBe(false);
    expect(window.sets).toEqual([true, false]);
  });

  it('leaves a window that is already as asked alone, and says so', async () => {
    const window = fakeWindow(true);
    const handlers = createWindowHandlers({ windowOf: () => window });
    expect(await handlers['window:setFullScreen'](true)).toEqual({ ok: true, value: true });
    expect(window.sets).toEqual([]);
  });

  it('says there is no window rather than failing', async () => {
    const handlers = createWindowHandlers({ windowOf: () => null });
    expect(await handlers['window:setFullScreen'](true)).toMatchObject({ ok: false, error: { code: 'no-window' } });
  });

  it('takes nothing but a yes or no through the IPC gate', async () => {
    const window = fakeWindow();
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    registerHostHandlers(ipc, createWindowHandlers({ windowOf: () => window }) as HostHandlers, () => true);
    const frame = { url: 'app://outside-in/index.html' };
    const call = (...args: unknown[]) => listeners.get('window:setFullScreen')!({ sender: { id: 1, mainFrame: frame }, senderFrame: frame }, ...args);
    expect(await call('yes')).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await call(true, 'kiosk')).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(window.sets).toEqual([]);
    expect(await call(true)).toEqual({ ok: true, value: false });
  });
});
