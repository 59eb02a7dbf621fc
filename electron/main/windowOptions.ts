import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * How every window of the app is made (Electron's security checklist): the page runs isolated
 * and sandboxed, without Node, with web security on, no <webview>, and no navigation by dropping
 * a file onto it (a dropped file is opened by the app, not shown by Chromium).
 */
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
    webPreferences: {
      preload: preloadPath,
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
    },
  };
}
