/** The parts of a webContents the guards use (Electron's WebContents has them). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Asks the person whether to open a link of a map in their browser; resolves true to open it. */
export type ConfirmLink = (url: string) => Promise<boolean>;

/**
 * A link from a map is opened only as https:, only in the person's own browser, and only after
 * they confirmed it; anything else (file:, javascript:, custom schemes, http:) is refused.
 */
export async function openLinkSafely(url: string, confirm: ConfirmLink, openExternal: (url: string) => Promise<void>): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (!(await confirm(parsed.href))) return false;
  await openExternal(parsed.href);
  return true;
}

/**
 * A map file is data: nothing in it, nor any bug in the page, may take a window elsewhere, open
 * another window, or attach a webview. A window.open of an https: link becomes a confirmed
 * hand-over to the person's browser; the app's own window never leaves its page.
 */
export function installNavigationGuards(contents: GuardedContents, openLink: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}

/** The parts of a session the permission guard uses. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** The app needs no permission at all (camera, notifications, geolocation…): every request is denied. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
