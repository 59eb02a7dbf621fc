import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { launchApp, prepareDesktopSuite, stopApp, type DesktopApp } from './support/desktopApp';

// Presenting in the desktop app: F5 sets the window full screen through the host channel
// (window:setFullScreen), Escape ends the presentation and the full screen it entered, and a
// window the person made full screen themselves stays so. Where no Electron binary is installed
// the tests say why they skip instead of failing.

prepareDesktopSuite();

const EXAMPLE = readFileSync(join(PROJECT_ROOT, 'assets/templates/home-insurance-claim.journey'), 'utf8');

let desktop: DesktopApp;

test.beforeEach(async () => {
  const userData = test.info().outputPath('user-data');
  mkdirSync(userData, { recursive: true });
  desktop = await launchApp(userData);
  await desktop.page.evaluate((text) => window.workbench.load(text), EXAMPLE);
  await expect(desktop.page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('Home insurance claim');
});

test.afterEach(async () => {
  await stopApp(desktop.app);
});

const isFullScreen = (app: ElectronApplication): Promise<boolean> => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isFullScreen() ?? false);
const presentation = () => desktop.page.getByRole('region', { name: 'Presentation of Home insurance claim' });

test('F5 presents full screen; PageDown moves on; Escape ends it and the window is as it was', async () => {
  await desktop.page.getByRole('application').focus();
  await desktop.page.keyboard.press('F5');
  await expect(presentation()).toBeVisible();
  await expect.poll(() => isFullScreen(desktop.app)).toBe(true);
  await desktop.page.keyboard.press('PageDown');
  await expect.poll(() => desktop.page.evaluate(() => window.workbench.presentation().slide)).toBe(2);
  await desktop.page.keyboard.press('Escape');
  await expect(presentation()).toBeHidden();
  await expect.poll(() => isFullScreen(desktop.app)).toBe(false);
});

test('a window already full screen stays full screen after the presentation', async () => {
  await desktop.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setFullScreen(true));
  await expect.poll(() => isFullScreen(desktop.app)).toBe(true);
  await desktop.page.getByRole('application').focus();
  await desktop.page.keyboard.press('F5');
  await expect(presentation()).toBeVisible();
  await desktop.page.keyboard.press('Escape');
  await expect(presentation()).toBeHidden();
  expect(await isFullScreen(desktop.app)).toBe(true);
});
