import { expect, test } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The parking lot: ideas said in the room with no place yet, placed later by a drag or a key.

const INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');

test('a note parked from the capture bar waits in the parking lot; dragged onto a lane it becomes a step there, in one undo step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('? Who keeps the list of approved roofers?');
  await page.keyboard.press('Enter');
  await page.keyboard.type('? Broker calls back within a day');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');

  const tab = page.getByRole('tab', { name: /Parking lot/ });
  await expect(tab).toHaveText('Parking lot 2');
  await tab.click();
  const notes = page.getByRole('list', { name: 'Parked notes' }).getByRole('listitem');
  await expect(notes).toHaveText([/Who keeps the list of approved roofers\?/, /Broker calls back within a day/]);
  await page.screenshot({ path: 'test-results/screenshots/parking-lot-1280.png' });

  // Dragged onto the claims lane under "Finds a roofer" (column 8).
  const before = (await workbench.map())!;
  const note = notes.first().locator('.note-card__body');
  const from = (await note.boundingBox())!;
  await workbench.revealColumn('claims', 7);
  const cell = await workbench.cellCenter('claims', 7);
  await workbench.drag({ x: from.x + 20, y: from.y + 10 }, cell);
  await expect.poll(async () => (await workbench.map())!.notes?.length).toBe(1);
  const placed = (await workbench.map())!.steps.find((step) => step.title === 'Who keeps the list of approved roofers?')!;
  expect([placed.laneId, placed.column]).toEqual(['claims', 7]);
  expect(await workbench.run('history.undo')).toBe(true);
  expect(await workbench.map()).toEqual(before);
  expect(await workbench.run('history.redo')).toBe(true);

  // From the keyboard: Place puts the note after the selected step.
  await workbench.page.evaluate(() => window.workbench.run('selection.clear'));
  const card = await workbench.stepBox('c4');
  await workbench.revealColumn('cust', 3);
  const shown = await workbench.stepBox('c4');
  await page.mouse.click(shown.x + shown.width / 2, shown.y + shown.height / 2);
  expect(card.width).toBeGreaterThan(0);
  await tab.click();
  await notes.first().getByRole('button', { name: 'Place' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await workbench.map())!.notes).toBeUndefined();
  const map = (await workbench.map())!;
  const callback = map.steps.find((step) => step.title === 'Broker calls back within a day')!;
  expect([callback.laneId, callback.column]).toEqual(['cust', 4]);
  await expect(tab).toHaveText('Parking lot');
});

test('a note typed into the parking lot and deleted comes back with Undo', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  await page.getByRole('tab', { name: /Parking lot/ }).click();
  await expect(page.getByRole('region', { name: 'Parking lot' })).toContainText('Ideas said in the room');
  const field = page.getByRole('textbox', { name: 'Park an idea' });
  await field.fill('Offer a video assessment');
  await field.press('Enter');
  await expect(field).toHaveValue('');
  await page.getByRole('button', { name: 'Delete the note “Offer a video assessment”' }).click();
  await expect.poll(async () => (await workbench.map())!.notes).toBeUndefined();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await workbench.map())!.notes?.map((note) => note.text)).toEqual(['Offer a video assessment']);
});
