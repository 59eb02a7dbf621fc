import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { buildElectron, buildRenderer } from '../../../electron/launch/builds';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { hasDisplay } from '../../../electron/launch/display';
import { findElectron } from '../../../electron/launch/findElectron';
import { PROJECT_ROOT } from '../../../electron/launch/projectRoot';
// For its declaration of window.workbench, which the page functions below call.
import type {} from '../../../renderer/app/workbenchApi';

// The desktop app as the `_electron` specs drive it: launched on a user-data folder of the test's
// own, its native dialogs answered from the test, its page read through window.workbench.

/** The Electron binary, or null where none is installed (it cannot be downloaded on every machine). */
export const executablePath = findElectron();

/** Why the Electron specs cannot run here, in one line; null when they can. The same rules as app.spec.ts. */
export const skipReason =
  executablePath === null
    ? 'Electron binary not installed (node_modules/electron has no dist); it cannot be downloaded here.'
    : !hasDisplay()
      ? 'No display for an Electron window; run under xvfb-run.'
      : null;

/**
 * Skips the calling spec file with its one-line reason where the desktop app cannot run, and
 * builds the app once where it can.
 */
export function prepareDesktopSuite(): void {
  test.beforeAll(() => {
    // Playwright's list reporter shows a skip without its reason: say it in the output too.
    if (skipReason) console.log(`Electron suite skipped: ${skipReason}`);
    test.skip(skipReason !== null, skipReason ?? '');
  });
  test.beforeAll(async () => {
    await buildRenderer();
    await buildElectron();
  });
}

/** The app and its window, shown and painted. */
export interface DesktopApp {
  readonly app: ElectronApplication;
  readonly page: Page;
}

/**
 * Starts the app on `userData` (an existing folder: main.ts honours OUTSIDE_IN_USER_DATA), so a
 * test starts with no settings, recent files or recovery copies, and a relaunch on the same folder
 * finds what the last run left there.
 */
export async function launchApp(userData: string): Promise<DesktopApp> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  env.OUTSIDE_IN_USER_DATA = userData;
  const app = await electron.launch({ executablePath: executablePath!, args: [PROJECT_ROOT], env });
  const page = await app.firstWindow();
  await expect(page.getByRole('banner')).toBeVisible();
  return { app, page };
}

/** What the stubbed native dialogs were asked, kept in the main process. */
interface DialogLog {
  opened: number;
  /** The default path each Save dialog was opened on. */
  saveDefaults: string[];
  prompts: { message: string; buttons: string[] }[];
}
type WithDialogLog = typeof globalThis & { outsideInDialogLog?: DialogLog };

/** The native Open dialog picks `path` (Playwright's way: replace the dialog function in the main process). */
export async function answerOpenDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const log = ((globalThis as WithDialogLog).outsideInDialogLog ??= { opened: 0, saveDefaults: [], prompts: [] });
    dialog.showOpenDialog = async () => {
      log.opened += 1;
      return { canceled: false, filePaths: [chosen] };
    };
  }, path);
}

/** The native Save dialog picks `path`. */
export async function answerSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const log = ((globalThis as WithDialogLog).outsideInDialogLog ??= { opened: 0, saveDefaults: [], prompts: [] });
    dialog.showSaveDialog = async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      log.saveDefaults.push(options.defaultPath ?? '');
      return { canceled: false, filePath: chosen };
    };
  }, path);
}

/** The buttons of main.ts's close prompt, by the index showMessageBoxSync returns. */
export const CLOSE_PROMPT = { save: 0, dontSave: 1, cancel: 2 } as const;

/** The native message box (the close prompt) answers with button `choice`, and is logged. */
export async function answerClosePrompt(app: ElectronApplication, choice: number): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    const log = ((globalThis as WithDialogLog).outsideInDialogLog ??= { opened: 0, saveDefaults: [], prompts: [] });
    dialog.showMessageBoxSync = (...args: unknown[]) => {
      const options = args.at(-1) as { message: string; buttons?: string[] };
      log.prompts.push({ message: options.message, buttons: options.buttons ?? [] });
      return answer;
    };
  }, choice);
}

/** What the stubbed dialogs have been asked so far. */
export function dialogLog(app: ElectronApplication): Promise<DialogLog> {
  return app.evaluate(() => (globalThis as WithDialogLog).outsideInDialogLog ?? { opened: 0, saveDefaults: [], prompts: [] });
}

/** Closes the window as its close button does: the page's beforeunload and main.ts's prompt take part. */
export async function closeWindow(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
}

/** The native window's title (the page title, as Electron shows it), or null without a window. */
export function nativeTitle(app: ElectronApplication): Promise<string | null> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? null);
}

/** How many windows the app has. */
export function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

const hasExited = (app: ElectronApplication): boolean => {
  const child = app.process();
  return child.exitCode !== null || child.signalCode !== null;
};

/** Kills the app as a crash or a power cut would: no beforeunload, no prompt, no clean-up. */
export async function killHard(app: ElectronApplication): Promise<void> {
  if (hasExited(app)) return;
  const closed = new Promise<void>((resolve) => app.once('close', () => resolve()));
  app.process().kill('SIGKILL');
  await closed;
}

/**
 * Ends a test's app whatever state it is in. A window with unsaved changes would ask in a real
 * native dialog, which nobody answers in a test, so it is killed rather than closed.
 */
export const stopApp = killHard;

/** The recovery copies on disk in a user-data folder (`recovery/<documentId>.json`), without atomicWrite's temp files. */
export function recoveryFiles(userData: string): string[] {
  try {
    return readdirSync(join(userData, 'recovery')).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  } catch {
    return [];
  }
}

export const getMap = (page: Page): Promise<JourneyMap> => page.evaluate(() => window.workbench.getMap());
export const fileState = (page: Page) => page.evaluate(() => window.workbench.fileState());
export const recoveryCopies = (page: Page) => page.evaluate(() => window.workbench.recoveryCopies());

/** The Restore / Discard strip shown on start. */
export const recoveryOffer = (page: Page) => page.getByRole('region', { name: 'Unsaved changes from last time' });

/** An edit a user makes: a process lane added from the toolbar's Add lane menu. */
export async function addProcessLane(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Add lane' }).click();
  await page.getByRole('menuitem', { name: /Add process lane/ }).click();
}
