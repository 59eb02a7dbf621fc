import { expect, test, type Page } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// Preferences in the browser edition, kept in IndexedDB: the dialog, the theme on <html>, and how
// the dark theme looks with a map loaded (screenshots under test-results/screenshots/).

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Preferences' });
const theme = (page: Page) => page.locator('html');
// The theme's own choices: the presentation stage offers a Dark and a Light too.
const themeChoice = (page: Page, name: string) => dialog(page).getByRole('group', { name: 'Theme' }).getByRole('radio', { name });
const delayField = (page: Page) => dialog(page).getByRole('textbox', { name: 'Autosave delay' });

test('Ctrl+, and the toolbar’s gear open Preferences; Escape and Done close it, and focus goes back', async ({ page }) => {
  await page.keyboard.press('Control+,');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('radio', { name: 'Match system' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  const gear = workbench.toolbar.getByRole('button', { name: 'Preferences' });
  await expect(gear).toHaveAttribute('title', 'Preferences… (Ctrl+,)');
  await gear.click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByText('The size Export PDF offers first; each export can choose the other.')).toBeVisible();

  // Focus stays in the dialog: Tab from the last control comes round to the first.
  const done = dialog(page).getByRole('button', { name: 'Done' });
  await done.focus();
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByRole('radio', { name: 'Match system' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(done).toBeFocused();

  await done.click();
  await expect(dialog(page)).toBeHidden();
  await expect(gear).toBeFocused();
});

test('Dark puts data-theme="dark" on <html> at once, and it survives a reload', async ({ page }) => {
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Control+,');
  await themeChoice(page, 'Dark').click();
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await expect(themeChoice(page, 'Dark')).toBeChecked();

  await page.reload();
  await expect(workbench.toolbar).toBeVisible();
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+,');
  await expect(themeChoice(page, 'Dark')).toBeChecked();
  // Body text stays readable on the dark chrome.
  const colours = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.toolbar')!).backgroundColor]);
  expect(colours).toEqual(['rgb(227, 230, 234)', 'rgb(29, 34, 40)']);
});

test('an autosave delay outside 0.5–60 seconds is refused with a message, and the saved delay stays', async ({ page }) => {
  await page.keyboard.press('Control+,');
  await expect(delayField(page)).toHaveValue('2');

  await delayField(page).fill('0.1');
  await delayField(page).press('Enter');
  await expect(dialog(page).getByRole('alert')).toHaveText('The delay must be from 0.5 to 60 seconds.');
  await expect(delayField(page)).toHaveAttribute('aria-invalid', 'true');

  // Done does not close over a refused value: the field keeps focus and its message.
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(delayField(page)).toBeFocused();

  await delayField(page).fill('soon');
  await delayField(page).press('Enter');
  await expect(dialog(page).getByRole('alert')).toHaveText('Enter a number of seconds, such as 2 or 1.5.');

  // Escape leaves the refused text behind; the delay saved is still 2 s after a reload.
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(workbench.toolbar).toBeVisible();
  await page.keyboard.press('Control+,');
  await expect(delayField(page)).toHaveValue('2');

  await delayField(page).fill('7,5');
  await dialog(page).getByRole('button', { name: 'Done' }).click();
  await expect(dialog(page)).toBeHidden();
  await page.reload();
  await expect(workbench.toolbar).toBeVisible();
  await page.keyboard.press('Control+,');
  await expect(delayField(page)).toHaveValue('7.5');
  await expect(dialog(page).getByRole('alert')).toHaveCount(0);
});

test('Match system follows the system’s colour scheme, live', async ({ page }) => {
  await page.keyboard.press('Control+,');
  await expect(dialog(page).getByRole('radio', { name: 'Match system' })).toBeChecked();
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');

  // A theme chosen outright no longer follows the system.
  await themeChoice(page, 'Light').click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
});

test('screenshots: the dark theme with a map loaded, and the Preferences dialog', async ({ page }) => {
  await page.keyboard.press('Control+,');
  await themeChoice(page, 'Dark').click();
  await page.keyboard.press('Escape');
  await workbench.load(HOME_INSURANCE);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  await page.evaluate(() => document.fonts.ready);
  await workbench.screenshot('test-results/screenshots/dark-home-insurance.png');

  await workbench.toolbar.getByRole('button', { name: 'Preferences' }).click();
  await expect(dialog(page)).toBeVisible();
  await workbench.screenshot('test-results/screenshots/dark-preferences.png');
  await delayField(page).fill('0');
  await delayField(page).press('Enter');
  await workbench.screenshot('test-results/screenshots/dark-preferences-refused.png');

  await themeChoice(page, 'Light').click();
  await delayField(page).fill('2');
  await delayField(page).press('Enter');
  await workbench.screenshot('test-results/screenshots/light-preferences.png');
});
