import { expect, test } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// A render error does not leave a blank, dead window: it says what happened, keeps the unsaved
// work in a recovery copy at once (not only after the autosave pause), and a reload brings it back.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

test('a crash while drawing shows what happened, keeps the unsaved edit, and Reload brings it back', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(HOME_INSURANCE);
  await workbench.addLaneFromToolbar('process');
  await page.keyboard.type('Complaints desk');
  await page.keyboard.press('Enter');
  const edited = (await workbench.map()) as JourneyMap;
  expect(await page.evaluate(() => window.workbench.recoveryCopies())).toEqual([]);

  await page.evaluate(() => window.workbench.rehearseCrash());
  const crash = page.getByRole('alertdialog', { name: 'The window stopped working.' });
  await expect(crash).toBeVisible();
  await expect(crash).toContainText('A crash rehearsed');
  await expect(crash).toContainText('Your unsaved changes are kept in a recovery copy');
  await expect.poll(() => page.evaluate(() => window.workbench.recoveryCopies().then((copies) => copies.length))).toBe(1);
  await workbench.screenshot('test-results/screenshots/crash-screen.png');

  await crash.getByRole('button', { name: 'Reload' }).click();
  const offer = page.getByRole('region', { name: 'Unsaved changes from last time' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Restore' }).click();
  // Restoring reads the copy from the host first: the map is back a moment after the click.
  await expect.poll(() => workbench.map()).toEqual(edited);
});
