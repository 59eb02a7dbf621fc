import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import type { HostMessage } from '../../shared/host/hostMessages';
import { HOST_MESSAGE_CHANNEL } from '../../shared/host/hostMessages';
import { embedMapInPdf } from '../../shared/format/pdfMap';
import { registerHostHandlers, type HostHandlers } from '../ipc/registerHostHandlers';
import { createSenderPolicy } from '../ipc/senderPolicy';
import { atomicWrite } from '../services/atomicWrite';
import { exportModeArgument, type ExportModeArgument } from '../services/export/exportSwitch';
import { readMapFile } from '../services/readMapFile';
import { createRecoveryStore } from '../services/recoveryStore';
import { openSettings, type Settings } from '../services/settings';
import { sweepStaleTempFilesBeside } from '../services/staleTempFiles';
import { APP_ORIGIN, APP_SCHEME, APP_START_URL, createAppProtocolHandler } from './appProtocol';
import { createDocumentRegistry } from './documentRegistry';
import { createExportHandlers, EXPORT_FILTERS } from './exportHandlers';
import { runExportMode } from './exportMode';
import { OPEN_FILTERS, SAVE_FILTERS } from './fileDialogFilters';
import { createHostHandlers, type HostHandlerDeps } from './hostHandlers';
import { journeyPathsFromArgv } from './launchArguments';
import { menuTemplate, type MenuEntry } from './menuTemplate';
import { denyAllPermissions, installNavigationGuards, openLinkSafely } from './navigationGuards';
import { watchRendererHealth } from './rendererCrash';
import { printReport, reportPrinter } from './reportWindow';
import { createRoomHandlers } from '../services/room/roomHandlers';
import { createWindowHandlers } from './windowHandlers';
import { mainWindowOptions } from './windowOptions';

// The main process is glue: every decision lives in a tested module beside it (window options,
// guards, the app:// protocol, the IPC gate, the host handlers, the menu template).

// This file is bundled to dist/electron/main.cjs, so __dirname is dist/electron at run time.
const RENDERER_DIR = join(__dirname, '../renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

// The `_electron` tests give each run a fresh user-data folder (settings, recovery copies,
// Chromium's profile), and reuse it across a relaunch to test recovery after a kill. Set before
// anything reads the path: the single-instance lock below is kept in it. The folder must exist.
if (process.env.OUTSIDE_IN_USER_DATA) app.setPath('userData', process.env.OUTSIDE_IN_USER_DATA);

// Must happen before the app is ready: app:// is a standard, secure scheme, like https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const ourWindows = new Set<number>();
let deps: HostHandlerDeps | null = null;
let handlers: HostHandlers | null = null;
/** Files given from outside before the page listened; the page takes them when it starts. */
const pendingFiles: string[] = [];
/** Whether the page has asked for the pending files, and so listens for files sent to it. */
let pageListening = false;

const send = (window: BrowserWindow, message: HostMessage): void => window.webContents.send(HOST_MESSAGE_CHANNEL, message);
const focusedOrFirst = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

async function confirmLink(url: string): Promise<boolean> {
  const window = focusedOrFirst();
  const options = { type: 'question' as const, buttons: ['Open in Browser', 'Cancel'], defaultId: 1, cancelId: 1, message: 'Open this link in your browser?', detail: url };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}

/** Opens files given from outside (command line, dock, second launch) in the window. */
async function openFromOutside(paths: readonly string[]): Promise<void> {
  const window = focusedOrFirst();
  if (!deps || !handlers || !window || !pageListening) {
    pendingFiles.push(...paths);
    return;
  }
  for (const path of paths) {
    // Named from outside by the person (a double-click, "open with"): as chosen as a dialog pick.
    deps.settings.addRecentFile(path);
    const opened = await handlers['file:openRecent'](path);
    if (opened.ok) send(window, { type: 'opened', document: opened.value });
    else dialog.showErrorBox('Outside-In', opened.error.message);
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD));
  const id = window.webContents.id;
  ourWindows.add(id);
  window.on('closed', () => ourWindows.delete(id));
  window.once('ready-to-show', () => window.show());
  // Closing with unsaved changes: the page's beforeunload says so, and the person chooses here.
  window.webContents.on('will-prevent-unload', () => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: 'Do you want to save the changes to this map?',
      detail: 'Your changes will be lost if you don’t save them.',
    });
    // The page does the rest, so that its recovery copy goes with a Don't Save and a failed save
    // keeps the window open.
    if (choice === 1) send(window, { type: 'closeWithoutSaving' });
    else if (choice === 0) send(window, { type: 'saveAndClose' });
  });
  // A page that dies or hangs says so, and reloads into the recovery offer.
  watchRendererHealth(window, async (question) => (await dialog.showMessageBox(window, question)).response);
  void window.loadURL(APP_START_URL);
  return window;
}

function buildMenu(settings: Settings): Menu {
  const toItem = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: entry.role };
      case 'submenu':
        return { label: entry.label, submenu: entry.entries.map(toItem) };
      case 'recent':
        return {
          label: entry.label,
          submenu:
            settings.recentFiles.length === 0
              ? [{ label: 'No Recent Files', enabled: false }]
              : settings.recentFiles.map((path) => ({ label: path, click: () => focusedOrFirst() && send(focusedOrFirst()!, { type: 'openRecent', path }) })),
        };
      case 'command':
        return {
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
          // The page's own key handling runs these shortcuts; the menu shows them and serves clicks.
          registerAccelerator: false,
          click: () => {
            const window = focusedOrFirst();
            if (window) send(window, { type: 'command', commandId: entry.commandId });
          },
        };
    }
  };
  const sections = menuTemplate({ mac: process.platform === 'darwin', development: !app.isPackaged });
  const template: MenuItemConstructorOptions[] = sections.map((section) => ({ label: section.label, submenu: section.entries.map(toItem) }));
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' });
  return Menu.buildFromTemplate(template);
}

/** Everything the one running instance does; a second launch only hands its files over and quits. */
function startPrimaryInstance(): void {
  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents, (url) => {
      void openLinkSafely(url, confirmLink, (href) => shell.openExternal(href));
    });
  });

  app.on('second-instance', (_event, argv, workingDirectory) => void openFromOutside(journeyPathsFromArgv(argv, workingDirectory)));

  // macOS: a file dropped on the dock icon or opened with the app, possibly before it is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openFromOutside([path]);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
    denyAllPermissions(session.defaultSession);

    const userData = app.getPath('userData');
    const settings = await openSettings({ folder: userData });
    // Temp files that saves killed in an earlier run left beside the recent maps go now.
    void sweepStaleTempFilesBeside(settings.recentFiles);
    // electron-store answers renderers on a channel of its own (the user-data path, the app
    // version); our pages never ask, and every IPC channel must pass the gate: it goes.
    ipcMain.removeAllListeners('electron-store-get-data');
    deps = {
      settings,
      takePendingPaths: () => {
        pageListening = true;
        return pendingFiles.splice(0);
      },
      // The recent-files submenu follows the list.
      onRecentFilesChanged: () => Menu.setApplicationMenu(buildMenu(settings)),
      registry: createDocumentRegistry(),
      recovery: createRecoveryStore(join(userData, 'recovery')),
      revealFile: (path) => shell.showItemInFolder(path),
      dialogs: {
        chooseFileToOpen: async () => {
          const window = focusedOrFirst();
          const options = { properties: ['openFile' as const], filters: [...OPEN_FILTERS] };
          const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        chooseFileToSave: async (suggestedName) => {
          const window = focusedOrFirst();
          const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [...SAVE_FILTERS] };
          const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return result.canceled ? null : (result.filePath ?? null);
        },
      },
    };
    // A workshop room listens only while the facilitator has one open, and never past the app's end.
    const roomHandlers = createRoomHandlers({
      page: async () => ({ root: RENDERER_DIR, page: 'participant.html' }),
      send: (event) => {
        for (const window of BrowserWindow.getAllWindows()) if (ourWindows.has(window.webContents.id)) send(window, { type: 'room', event });
      },
    });
    app.on('will-quit', () => void roomHandlers.shutdown());
    const trusts = createSenderPolicy({ origin: APP_ORIGIN, isOurWindow: (id) => ourWindows.has(id) });
    handlers = {
      ...createHostHandlers(deps),
      ...createExportHandlers({
        chooseExportPath: async (suggestedName, format) => {
          const window = focusedOrFirst();
          const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [EXPORT_FILTERS[format]] };
          const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return result.canceled ? null : (result.filePath ?? null);
        },
        printReport,
        embedMapInPdf,
        write: (path, bytes) => atomicWrite(path, bytes),
      }),
      ...createWindowHandlers({ windowOf: () => focusedOrFirst() ?? null }),
      ...roomHandlers,
    };
    registerHostHandlers(ipcMain, handlers, trusts, (channel, error) => console.error(`Outside-In: ${channel} failed:`, error));

    Menu.setApplicationMenu(buildMenu(settings));

    pendingFiles.push(...journeyPathsFromArgv(process.argv.slice(1), process.cwd()));
    const window = createWindow();
    if (settings.notice) window.webContents.once('did-finish-load', () => void dialog.showMessageBox(window, { type: 'info', message: settings.notice! }));
  });
}

/** The command line's printer (`--outside-in-export=`): no editor, no settings, one file written, then quit. */
function startExportMode(argument: Exclude<ExportModeArgument, { kind: 'none' }>): void {
  // The hidden report window closing must not end the app before the file is written.
  app.on('window-all-closed', () => {});
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, () => {}));
  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
    denyAllPermissions(session.defaultSession);
    const complain = (line: string): void => void process.stderr.write(`${line}\n`);
    app.exit(await runExportMode(argument, { readMap: readMapFile, printer: reportPrinter, write: (path, bytes) => atomicWrite(path, bytes), complain }));
  });
}

// An export from the command line runs beside an open editor. Otherwise one instance: a second
// launch hands its files to this one (the 'second-instance' event) and quits before it opens
// settings or a window of its own.
const exportArgument = exportModeArgument(process.argv);
if (exportArgument.kind !== 'none') startExportMode(exportArgument);
else if (app.requestSingleInstanceLock()) startPrimaryInstance();
else app.quit();
