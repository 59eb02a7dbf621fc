import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../../electron/launch/builds';
import { APP_START_URL } from '../../../../electron/main/appProtocol';
import { EXPORT_SWITCH } from '../../../../electron/services/export/exportSwitch';
import { HOST_CHANNEL_NAMES } from '../../../../shared/host/hostChannels';

// The main process is glue that only Electron runs, and Electron cannot run here. Loading the
// built bundle in plain Node with a recording stand-in for `electron` still proves that it loads,
// and that start-up wires what the tested modules provide: the app:// scheme, the permission
// guard, one IPC handler per channel of the contract, the hardened window on our start page, the menus.

const root = resolve(import.meta.dirname, '../../../..');
let userData: string;
let calls: unknown[][];

beforeAll(async () => {
  await buildElectron();
  userData = mkdtempSync(join(tmpdir(), 'outside-in-main-'));
  const run = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'fixtures/fakeElectron.cjs'), join(root, 'dist/electron/main.cjs')], {
    env: { ...process.env, FAKE_USER_DATA: userData },
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (run.status !== 0) throw new Error(`the main bundle failed to start: ${run.stderr}`);
  calls = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as unknown[][];
}, 120_000);

afterAll(() => rmSync(userData, { recursive: true, force: true }));

const named = (name: string) => calls.filter((call) => call[0] === name);

describe('the built main process, started with a stand-in for Electron', () => {
  it('registers app:// as a privileged scheme and serves it', () => {
    expect(named('protocol.registerSchemesAsPrivileged')).toEqual([['protocol.registerSchemesAsPrivileged', [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]]);
    expect(named('protocol.handle')).toEqual([['protocol.handle', 'app']]);
  });

  it('denies permissions and handles every channel of the host contract, and only those', () => {
    expect(named('session.setPermissionRequestHandler')).toHaveLength(1);
    expect(named('session.setPermissionCheckHandler')).toHaveLength(1);
    expect(named('ipcMain.handle').map((call) => call[1]).sort()).toEqual([...HOST_CHANNEL_NAMES].sort());
    // No other channel stays open: what a library registered on its own is removed again.
    const listened = named('ipcMain.on').map((call) => call[1]);
    expect(named('ipcMain.removeAllListeners').map((call) => call[1])).toEqual(listened);
  });

  it('opens one hardened window on the app’s start page, with the close question and the crash watch wired', () => {
    const windows = named('BrowserWindow');
    expect(windows).toHaveLength(1);
    expect(windows[0]![1]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(named('loadURL')).toEqual([['loadURL', APP_START_URL]]);
    expect(named('webContents.on').map((call) => call[1])).toEqual(expect.arrayContaining(['will-prevent-unload', 'render-process-gone', 'unresponsive', 'responsive']));
  });

  it('guards every web contents, hands a second launch its files, and builds the menus', () => {
    expect(named('app.on').map((call) => call[1])).toEqual(expect.arrayContaining(['web-contents-created', 'second-instance', 'open-file', 'window-all-closed']));
    expect(named('Menu').at(-1)).toEqual(['Menu', ['File', 'Edit', 'View', 'Workshop', 'Help']]);
    expect(named('app.quit')).toEqual([]);
  });
});

describe('the built main process asked for an export from the command line', () => {
  it('opens no editor and no IPC, says what is wrong with the request in one line, and exits 2', () => {
    const run = spawnSync(process.execPath, ['--require', join(import.meta.dirname, 'fixtures/fakeElectron.cjs'), join(root, 'dist/electron/main.cjs'), `${EXPORT_SWITCH}bm90IGpzb24`], {
      env: { ...process.env, FAKE_USER_DATA: userData },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('The export request is not readable (expected base64url JSON).\n');
    const exported = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as unknown[][];
    const names = exported.map((call) => call[0]);
    expect(names).toContain('app.exit');
    // An export runs beside an open editor: it takes no single-instance lock, opens no window, serves no page.
    for (const absent of ['app.requestSingleInstanceLock', 'BrowserWindow', 'ipcMain.handle', 'Menu']) expect(names).not.toContain(absent);
  });
});
