import { spawn } from 'node:child_process';
import { buildElectron, buildRenderer } from './builds';
import { hasDisplay } from './display';
import { findChromium } from './findChromium';
import { findElectron } from './findElectron';
import { openAppWindow, type AppWindow } from './openAppWindow';
import { findFreePort, LOOPBACK } from './ports';
import { serveBrowserEdition } from './serveBrowserEdition';
import { PROJECT_ROOT } from './projectRoot';
import { stopOnSignal } from './stopOnSignal';
import { DEFAULT_WEB_PORT } from './webArguments';

// `npm start`: the desktop app where Electron is installed; otherwise the browser edition, in a
// Chromium app window where there is a display and a Chromium.

const electron = findElectron();
if (electron) {
  await buildRenderer();
  await buildElectron();
  const app = spawn(electron, [PROJECT_ROOT], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not installed on this machine; serving the browser edition instead.');
  await buildRenderer();
  const port = await findFreePort(DEFAULT_WEB_PORT);
  if (port === null) {
    console.error(`No free port from ${DEFAULT_WEB_PORT} on ${LOOPBACK} was found; stop something that uses one and start again.`);
    process.exit(1);
  }
  const server = await serveBrowserEdition({ port });
  console.log(`Outside-In is at ${server.url}`);

  let window: AppWindow | null = null;
  const chromium = findChromium();
  if (!hasDisplay()) {
    console.log('No display is available here, so no window opens: open that address in a browser. Ctrl+C stops the server.');
  } else if (chromium === null) {
    console.log('No Chromium was found: open that address in a browser. Ctrl+C stops the server.');
  } else {
    window = openAppWindow(chromium, server.url);
    console.log('Opened it in a Chromium window. Ctrl+C stops the server.');
  }
  stopOnSignal(async () => {
    await Promise.all([window?.close(), server.close()]);
  });
}
