import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from '../../shared/format/parse';
import { serialise } from '../../shared/format/serialise';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage, type TestFile } from './support/workbenchPage';

// The browser edition's files, forced onto upload and download (`?host=download`, see
// WorkbenchPage.goto): headless Chromium has the File System Access pickers but no way to drive them.

const HOME_INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');
const B2B = projectFile('tests/fixtures/examples/b2b-services.journey');
const NOT_A_MAP: TestFile = { name: 'broken.journey', text: '{ "format": "outside-in.journey", "version": 1, "map": { "id": "x" ' };

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  // Leaving a page with unsaved changes asks first; the tests leave on purpose.
  page.on('dialog', (dialog) => void dialog.accept());
  await workbench.goto();
});

const downloadText = async (download: Download): Promise<string> => readFile(await download.path(), 'utf8');

/** Runs `act` and returns the download it causes. */
async function downloadOf(page: Page, act: () => Promise<unknown>): Promise<Download> {
  const download = page.waitForEvent('download');
  await act();
  return download;
}

/** An edit a user makes: a process lane added from the toolbar's Add lane menu. */
async function addProcessLane(): Promise<void> {
  await workbench.addLaneFromToolbar('process');
}

const fileState = () => workbench.page.evaluate(() => window.workbench.fileState());
const recoveryCopies = () => workbench.page.evaluate(() => window.workbench.recoveryCopies());
const offer = () => workbench.page.getByRole('region', { name: 'Unsaved changes from last time' });
const dialog = () => workbench.page.getByRole('alertdialog');

test('Save downloads an untitled map as a .journey file named after its title, and it is clean after', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await addProcessLane();
  expect((await fileState()).dirty).toBe(true);
  await expect(page).toHaveTitle('• Home insurance claim — Outside-In');
  await expect(workbench.toolbar).toContainText('Not saved yet');

  const download = await downloadOf(page, () => page.keyboard.press('Control+s'));
  expect(download.suggestedFilename()).toBe('Home insurance claim.journey');
  const text = await downloadText(download);
  const map = (await workbench.map()) as JourneyMap;
  expect(text).toBe(serialise(map));
  const parsed = parse(text);
  expect(parsed.ok && parsed.value.lanes).toHaveLength(6);

  expect(await fileState()).toMatchObject({ fileName: 'Home insurance claim.journey', dirty: false });
  await expect(page).toHaveTitle('Home insurance claim.journey — Outside-In');
  await expect(workbench.toolbar).toContainText('Home insurance claim.journey');
  await expect(workbench.toolbar).not.toContainText('Edited');

  // Undo makes it dirty again and redo clean, since redo brings back the very map that was saved.
  await workbench.run('history.undo');
  expect((await fileState()).dirty).toBe(true);
  await workbench.run('history.redo');
  expect((await fileState()).dirty).toBe(false);
});

test('Open… opens a file chosen in the file chooser, and Save downloads it under its own name', async ({ page }) => {
  await workbench.openWithChooser(B2B);
  await expect(workbench.mapTitle).toHaveText('B2B services: from first handshake to renewal');
  expect(await fileState()).toMatchObject({ fileName: 'b2b-services.journey', dirty: false });
  await expect(page).toHaveTitle('b2b-services.journey — Outside-In');

  await addProcessLane();
  await expect(workbench.toolbar).toContainText('Edited');
  const download = await downloadOf(page, () => workbench.toolbar.getByRole('button', { name: 'Save', exact: true }).click());
  expect(download.suggestedFilename()).toBe('b2b-services.journey');
  expect(await downloadText(download)).toBe(serialise((await workbench.map()) as JourneyMap));
});

test('after a reload, Restore brings back the unsaved edit, and a saved map offers nothing after', async ({ page }) => {
  await workbench.openWithChooser(HOME_INSURANCE);
  await addProcessLane();
  const edited = (await workbench.map()) as JourneyMap;
  // The copy is written within 2 s of the last change.
  await expect.poll(recoveryCopies, { timeout: 5_000 }).toHaveLength(1);

  await page.reload();
  await expect(offer()).toBeVisible();
  await expect(offer()).toContainText('Home insurance claim');
  await expect(offer()).toContainText('home-insurance-claim.journey');
  await workbench.screenshot('test-results/screenshots/recovery-offer.png');

  await offer().getByRole('button', { name: 'Restore' }).click();
  await expect(offer()).toBeHidden();
  expect(await workbench.map()).toEqual(edited);
  expect((await fileState()).dirty).toBe(true);

  // Saved (by download: the browser cannot reach the original file again), the copy goes.
  await downloadOf(page, () => page.keyboard.press('Control+s'));
  expect((await fileState()).dirty).toBe(false);
  await expect.poll(recoveryCopies).toHaveLength(0);
  await page.reload();
  await expect(workbench.mapTitle).toBeVisible();
  await expect(offer()).toBeHidden();
});

test('after a reload, Discard removes the recovery copy, and a second reload offers nothing', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await addProcessLane();
  await expect.poll(recoveryCopies, { timeout: 5_000 }).toHaveLength(1);

  await page.reload();
  await expect(offer()).toContainText('never saved');
  await offer().getByRole('button', { name: 'Discard' }).click();
  await expect(offer()).toBeHidden();
  expect(await recoveryCopies()).toEqual([]);
  expect((await workbench.map())?.lanes).toEqual([]);

  await page.reload();
  await expect(workbench.emptyState).toBeVisible();
  await expect(offer()).toBeHidden();
});

test('New with unsaved changes asks Save / Don’t Save / Cancel', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await addProcessLane();
  const edited = await workbench.map();
  const newButton = workbench.toolbar.getByRole('button', { name: 'New', exact: true });

  await newButton.click();
  await expect(dialog()).toContainText('Save the changes to “Home insurance claim”?');
  await expect(dialog().getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await workbench.screenshot('test-results/screenshots/unsaved-changes-prompt.png');
  // Focus stays in the dialog: Tab wraps around its three buttons.
  await page.keyboard.press('Tab');
  await expect(dialog().getByRole('button', { name: 'Don’t Save' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog().getByRole('button', { name: 'Save', exact: true })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog()).toBeHidden();
  expect(await workbench.map()).toEqual(edited);

  await newButton.click();
  await dialog().getByRole('button', { name: 'Cancel' }).click();
  expect(await workbench.map()).toEqual(edited);

  // Once the changes are settled, New offers its templates; the blank map opens untitled.
  await newButton.click();
  const download = await downloadOf(page, () => dialog().getByRole('button', { name: 'Save', exact: true }).click());
  expect(await downloadText(download)).toBe(serialise(edited as JourneyMap));
  await page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: /^Blank map/ }).click();
  await expect(workbench.mapTitle).toHaveText('Untitled map');
  expect(await fileState()).toMatchObject({ fileName: null, dirty: false });

  await workbench.load(B2B);
  await addProcessLane();
  await newButton.click();
  await dialog().getByRole('button', { name: 'Don’t Save' }).click();
  await page.keyboard.press('Enter');
  await expect(workbench.mapTitle).toHaveText('Untitled map');
  // The abandoned map's recovery copy goes with it.
  await expect.poll(recoveryCopies).toEqual([]);
});

test('a file that is not a map keeps the current map, and is never saved over', async ({ page }) => {
  await workbench.openWithChooser(HOME_INSURANCE);
  const before = await workbench.map();
  await workbench.openWithChooser(NOT_A_MAP);
  await expect(workbench.problemMessage).toContainText('“broken.journey” could not be opened.');
  expect(await workbench.map()).toEqual(before);
  expect(await fileState()).toMatchObject({ fileName: 'home-insurance-claim.journey', dirty: false });

  await addProcessLane();
  const download = await downloadOf(page, () => page.keyboard.press('Control+s'));
  expect(download.suggestedFilename()).toBe('home-insurance-claim.journey');
  expect(await downloadText(download)).toBe(serialise((await workbench.map()) as JourneyMap));
});
