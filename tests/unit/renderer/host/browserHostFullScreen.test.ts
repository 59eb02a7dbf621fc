import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../../renderer/host/browserHost';
import type { BrowserStorage } from '../../../../renderer/host/browserStorage';
import type { FileGateway } from '../../../../renderer/host/fileGateway';
import type { FullScreenGateway } from '../../../../renderer/host/fullScreenGateway';

// The browser edition's full screen, over a stand-in for the Fullscreen API.

const unused = (): Promise<never> => Promise.reject(new Error('not used by full screen'));
const storage: BrowserStorage = { get: unused, put: unused, delete: unused, values: unused, entries: unused };
const files: FileGateway<never> = { pickToOpen: unused, pickToSave: unused, write: unused, read: unused, stamp: unused, requestAccess: unused, same: unused };

function fakeScreen({ refuse = false, fullScreen = false } = {}): FullScreenGateway & { asked: boolean[] } {
  const asked: boolean[] = [];
  return {
    asked,
    isFullScreen: () => fullScreen,
    set: async (next) => {
      asked.push(next);
      if (refuse) throw new DOMException('Permissions check failed', 'TypeError');
      fullScreen = next;
    },
  };
}

describe('the browser edition’s full screen', () => {
  it('goes full screen and back, answering whether the page was full screen before', async () => {
    const screen = fakeScreen();
    const host = createBrowserHost({ storage, files, screen });
    expect(await host['window:setFullScreen'](true)).toEqual({ ok: true, value: false });
    expect(screen.isFullScreen()).toBe(true);
    expect(await host['window:setFullScreen'](false)).toEqual({ ok: true, value: true });
    expect(screen.asked).toEqual([true, false]);
  });

  it('asks nothing of the browser when the page already is as asked', async () => {
    const screen = fakeScreen({ fullScreen: true });
    expect(await createBrowserHost({ storage, files, screen })['window:setFullScreen'](true)).toEqual({ ok: true, value: true });
    expect(screen.asked).toEqual([]);
  });

  it('says so when the browser refuses, or when the page cannot go full screen at all', async () => {
    expect(await createBrowserHost({ storage, files, screen: fakeScreen({ refuse: true }) })['window:setFullScreen'](true)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await createBrowserHost({ storage, files })['window:setFullScreen'](true)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('refuses what is not a yes or no', async () => {
    const screen = fakeScreen();
    const setFullScreen = createBrowserHost({ storage, files, screen })['window:setFullScreen'] as (value: unknown) => Promise<unknown>;
    expect(await setFullScreen('on')).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(screen.asked).toEqual([]);
  });
});
