import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from '../services/chromiumFlags';

/** A Chromium app window showing the browser edition. */
export interface AppWindow {
  /** Closes the window and, once Chromium has exited, deletes its throw-away profile. */
  close(): Promise<void>;
}

/** How long Chromium gets to write its last profile files after being asked to quit. */
const EXIT_GRACE_MS = 3000;

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
  const exited = new Promise<void>((resolve) => {
    browser.once('exit', () => resolve());
    browser.once('error', () => resolve());
  });
  return {
    async close() {
      // Ctrl+C reaches Chromium too, and it keeps writing its profile while it quits; deleting
      // the profile before it has exited would leave a half-written one behind.
      if (browser.exitCode === null && browser.signalCode === null) browser.kill();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, EXIT_GRACE_MS).unref());
      await Promise.race([exited, grace]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
