import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from './chromiumFlags';

/** A Chromium app window showing the browser edition. */
export interface AppWindow {
  /** Closes the window and deletes its throw-away profile. */
  close(): void;
}

/**
 * Opens a URL in Chromium's app mode: a plain window without tabs or address bar, the nearest the
 * browser edition gets to the desktop app. A fresh profile each time, so no extension, setting
 * or earlier session of the user's own browser gets in, and the window opens even while their
 * browser is running.
 */
export function openAppWindow(chromium: string, url: string): AppWindow {
  const profile = mkdtempSync(join(tmpdir(), 'outside-in-chromium-'));
  const sandbox = process.getuid?.() !== 0;
  const browser = spawn(chromium, [`--app=${url}`, `--user-data-dir=${profile}`, '--window-size=1280,800', ...chromiumFlags({ sandbox })], {
    stdio: 'ignore',
  });
  // A browser that fails to start leaves the server running; the address is printed already.
  browser.on('error', (error) => console.error(`Chromium did not start (${error.message}); open the address in a browser instead.`));
  return {
    close() {
      browser.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
