import type { BrowserWindowConstructorOptions } from 'electron';

// The page runs isolated and sandboxed, without Node, with web security on, no <webview>, and no
// navigation by dropping a file onto it (a dropped file is opened by the app, not shown by Chromium).
const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/** How the app's editor window is made (Electron's security checklist). */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    title: 'Outside-In',
    backgroundColor: '#f6f6f3',
    // Shown once painted, so the window never flashes white on a projector.
    show: false,
    webPreferences: { preload: preloadPath, ...HARDENED_WEB_PREFERENCES },
  };
}

/**
 * The hidden window the report is printed in: as hardened as the editor's, without a preload (the
 * report page needs no host, so it gets no way to reach one), and never shown.
 */
export function reportWindowOptions(): BrowserWindowConstructorOptions {
  return { show: false, title: 'Outside-In report', webPreferences: { ...HARDENED_WEB_PREFERENCES } };
}
