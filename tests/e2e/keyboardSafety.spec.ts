import { expect, test } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// Moving through the window with the keyboard never changes the map: Tab moves the focus and
// nothing else, and a key that types (N, Delete, the arrows) acts only on the focused canvas or in
// the outline's own fields, never on a focused button or menu.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

test('Tab and Shift+Tab walk the whole window, the outline included, and change nothing', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = await workbench.map();
  const coverage = (await workbench.analysis())?.lanes[0]?.coverage;
  await workbench.toolbar.getByRole('button', { name: 'Undo' }).focus();
  const visited = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    visited.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
  }
  for (let i = 0; i < 40; i++) await page.keyboard.press('Shift+Tab');
  // The walk went through the outline's step titles, where Tab once moved steps down a lane.
  expect([...visited].some((name) => /^Step \d+ of /.test(name))).toBe(true);
  expect(await workbench.map()).toEqual(before);
  expect((await workbench.analysis())?.lanes[0]?.coverage).toBe(coverage);
  expect(await workbench.run('history.undo')).toBe(false);
});

test('a lane added from the toolbar menu takes the typing as its name, and nothing else happens', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = (await workbench.map())!;
  await workbench.addLaneFromToolbar('process');
  await page.keyboard.type('Billings');
  await page.keyboard.press('Enter');
  const after = (await workbench.map())!;
  expect(after.lanes).toHaveLength(before.lanes.length + 1);
  expect(after.lanes.filter((lane) => !before.lanes.some((old) => old.id === lane.id)).map((lane) => lane.title)).toEqual(['Billings']);
  expect(after.steps).toEqual(before.steps);
  expect(after.stages).toEqual(before.stages);
});

test('keys that type do nothing to the map while a button has the focus; on the canvas they act', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = await workbench.map();
  await workbench.toolbar.getByRole('button', { name: 'Fit to window' }).focus();
  await expect(workbench.toolbar.getByRole('button', { name: 'Fit to window' })).toBeFocused();
  for (const key of ['n', 'N', 'Delete', 'Backspace', 'F2', 'ArrowRight', 'Shift+!']) await page.keyboard.press(key);
  await page.keyboard.type('gs');
  expect(await workbench.map()).toEqual(before);

  await workbench.canvas.focus();
  await page.keyboard.press('n');
  expect((await workbench.map())!.steps).toHaveLength(before!.steps.length + 1);
});

test('a step added and left without a title goes again: from the canvas (N, Escape) and from the outline (Enter, then away)', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = await workbench.map();
  await workbench.canvas.focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Step title' })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await workbench.map()).toEqual(before);

  // Enter after a lane's name starts its first step; leaving it empty leaves no step behind.
  const outline = page.getByRole('region', { name: 'Outline' });
  await outline.getByRole('button', { name: 'Add process lane' }).click();
  await page.keyboard.type('Billing');
  await page.keyboard.press('Enter');
  await expect(outline.getByRole('textbox', { name: /^Step 1 of Billing/ })).toBeFocused();
  await workbench.toolbar.getByRole('button', { name: 'Undo' }).focus();
  const after = (await workbench.map())!;
  expect(after.steps).toEqual(before!.steps);
  expect((await workbench.analysis())!.lanes[0]!.coverage).toBe(0.4);

  // Enter in the middle of the journey opens a column; Delete on the empty step closes it again.
  await outline.locator('[data-step-id="c2"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  expect((await workbench.map())!.steps).toEqual(before!.steps);
});

test('the browser edition never navigates away: Alt+← with nothing to move is kept from the browser, and sideways overscroll is off', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await workbench.canvas.focus();
  // A listener after the app's sees whether the app kept the key from the browser's Back.
  await page.evaluate(() => {
    (window as unknown as { keptFromBrowser: boolean[] }).keptFromBrowser = [];
    window.addEventListener('keydown', (event) => {
      if (event.key.startsWith('Arrow')) (window as unknown as { keptFromBrowser: boolean[] }).keptFromBrowser.push(event.defaultPrevented);
    });
  });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Alt+ArrowRight');
  expect(await page.evaluate(() => (window as unknown as { keptFromBrowser: boolean[] }).keptFromBrowser)).toEqual([true, true]);
  const overscroll = await page.evaluate(() => [document.documentElement, document.body].map((element) => getComputedStyle(element).overscrollBehaviorX));
  expect(overscroll).toEqual(['none', 'none']);
  expect(page.url()).toContain('host=download');
});
