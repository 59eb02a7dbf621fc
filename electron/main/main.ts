import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';

// This file is bundled to dist/electron/main.cjs, so __dirname is dist/electron at run time.
const RENDERER_PAGE = join(__dirname, '../renderer/index.html');
const PRELOAD = join(__dirname, 'preload.cjs');

function createMainWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    title: 'Outside-In',
    backgroundColor: '#f6f6f3',
    // Shown once painted, so the window never flashes white on a projector.
    show: false,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(RENDERER_PAGE);
}

// A map file is data: nothing in it, nor any bug in the page, may take the window elsewhere or open another.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
});

void app.whenReady().then(createMainWindow);
