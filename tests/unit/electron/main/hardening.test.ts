import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, installNavigationGuards, openLinkSafely, type GuardedContents } from '../../../../electron/main/navigationGuards';
import { mainWindowOptions, reportWindowOptions } from '../../../../electron/main/windowOptions';

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page, with no Node, web security on, no webview', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('makes the hidden report window just as hardened, never shown, and without a preload: the report page reaches no host', () => {
    const options = reportWindowOptions();
    const { preload, ...hardened } = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(preload).toBe('/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(hardened);
  });
});

/** A webContents stand-in that keeps the guards' listeners. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on: ((event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener)) as GuardedContents['on'],
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = 'https://example.org/') => {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    listeners.get(name)!(event, url);
    return event.prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('installNavigationGuards', () => {
  it('stops every navigation, redirect and webview', () => {
    const { contents, fire } = fakeContents();
    installNavigationGuards(contents, () => {});
    expect(fire('will-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands its address to the link opener', () => {
    const { contents, open } = fakeContents();
    const openLink = vi.fn();
    installNavigationGuards(contents, openLink);
    expect(open('https://example.org/report')).toEqual({ action: 'deny' });
    expect(openLink).toHaveBeenCalledWith('https://example.org/report');
  });
});

describe('openLinkSafely', () => {
  it('opens an https: link in the browser after the person confirmed it', async () => {
    const openExternal = vi.fn(async () => {});
    const confirm = vi.fn(async () => true);
    expect(await openLinkSafely('https://example.org/a b', confirm, openExternal)).toBe(true);
    expect(confirm).toHaveBeenCalledWith('https://example.org/a%20b');
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
  });

  it('opens nothing when the person declines', async () => {
    const openExternal = vi.fn(async () => {});
    expect(await openLinkSafely('https://example.org/', async () => false, openExternal)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a link'])('refuses %s without asking', async (url) => {
    const confirm = vi.fn(async () => true);
    const openExternal = vi.fn(async () => {});
    expect(await openLinkSafely(url, confirm, openExternal)).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({ setPermissionRequestHandler: (handler) => (request = handler), setPermissionCheckHandler: (handler) => (check = handler) });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});
