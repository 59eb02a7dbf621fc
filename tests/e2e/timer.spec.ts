import { expect, test, type Page } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The workshop timer in the browser edition, on a clock the test controls (Playwright's page.clock):
// no test waits for real time to pass.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  // Counts the notes the page plays: the tone is made in the page with WebAudio, from no file.
  await page.addInitScript(() => {
    const counted = window as unknown as { notesPlayed: number };
    counted.notesPlayed = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function createOscillator(this: AudioContext) {
      counted.notesPlayed++;
      return create.call(this);
    };
  });
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(HOME_INSURANCE);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
});

const readout = (page: Page) => page.getByRole('banner').getByRole('timer');
const notesPlayed = (page: Page) => page.evaluate(() => (window as unknown as { notesPlayed: number }).notesPlayed);
const startDialog = (page: Page) => page.getByRole('dialog', { name: 'Start a timer' });

test('T and a preset start a time-box; the toolbar counts down, turns amber in the last minute, and at zero a tone sounds and the window flashes', async ({ page }) => {
  await workbench.canvas.focus();
  await page.keyboard.press('t');
  await expect(startDialog(page)).toBeVisible();
  await startDialog(page).getByRole('button', { name: '2 min' }).click();
  await expect(startDialog(page)).toBeHidden();
  await expect(readout(page)).toHaveText('2:00');
  await expect(readout(page)).toHaveAttribute('data-phase', 'running');

  await page.clock.runFor(30_000);
  await expect(readout(page)).toHaveText('1:30');
  await page.clock.runFor(31_000);
  await expect(readout(page)).toHaveText('0:59');
  await expect(readout(page)).toHaveAttribute('data-phase', 'lastMinute');
  expect(await readout(page).evaluate((element) => getComputedStyle(element).color)).toBe('rgb(168, 98, 0)');
  await workbench.screenshot('test-results/screenshots/timer-last-minute.png');
  expect(await notesPlayed(page)).toBe(0);

  await page.clock.runFor(59_000);
  await expect(readout(page)).toHaveText('0:00');
  await expect(readout(page)).toHaveAttribute('data-phase', 'done');
  await expect(readout(page)).toHaveAccessibleName('Time left 0:00, time is up');
  await expect(page.getByRole('alert').filter({ hasText: 'Time is up' })).toBeAttached();
  await expect(page.locator('.timer-flash')).toBeVisible();
  await expect.poll(() => notesPlayed(page)).toBe(2);
  await workbench.screenshot('test-results/screenshots/timer-zero.png');
  // The flash goes after a few pulses; the readout stays at zero until stopped or given a minute.
  await page.clock.runFor(3_000);
  await expect(page.locator('.timer-flash')).toHaveCount(0);
  await expect(readout(page)).toHaveText('0:00');
  await expect(readout(page)).toHaveAttribute('data-phase', 'done');
  expect(await notesPlayed(page)).toBe(2);
  // At zero the button beside the time stops the timer.
  await workbench.toolbar.getByRole('button', { name: 'Stop timer' }).click();
  await expect(readout(page)).toHaveCount(0);
});

test('a typed time, pause and resume, a minute more and stop, from the keyboard and the Workshop menu; the countdown shows on every slide', async ({ page }) => {
  const before = await workbench.map();
  await workbench.toolbar.getByRole('button', { name: 'Workshop' }).click();
  await page.getByRole('menu', { name: 'Workshop' }).getByRole('menuitem', { name: /^Start timer/ }).click();
  await startDialog(page).getByRole('textbox', { name: 'Or type minutes' }).fill('soon');
  await page.keyboard.press('Enter');
  await expect(startDialog(page).getByRole('alert')).toHaveText('Type minutes, such as 7, 2.5 or 7:30.');
  await startDialog(page).getByRole('textbox', { name: 'Or type minutes' }).fill('7:30');
  await page.keyboard.press('Enter');
  await expect(readout(page)).toHaveText('7:30');

  await workbench.toolbar.getByRole('button', { name: 'Pause timer' }).click();
  await expect(readout(page)).toHaveAttribute('data-phase', 'paused');
  await expect(workbench.toolbar.getByRole('button', { name: 'Resume timer' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(readout(page)).toHaveText('7:30');
  await workbench.canvas.focus();
  await page.keyboard.press('p');
  await page.clock.runFor(30_000);
  await expect(readout(page)).toHaveText('7:00');
  await page.keyboard.press('m');
  await expect(readout(page)).toHaveText('8:00');

  // On every slide, and the timer's keys work there too.
  await page.keyboard.press('F5');
  const slideTimer = page.getByRole('region', { name: /^Presentation of / }).getByRole('timer');
  await expect(slideTimer).toHaveText('8:00');
  await page.keyboard.press('PageDown');
  await page.clock.runFor(1_000);
  await expect(slideTimer).toHaveText('7:59');
  await page.keyboard.press('p');
  await expect(slideTimer).toHaveText('7:59paused');
  await page.keyboard.press('m');
  await expect(slideTimer).toHaveText('8:59paused');
  // A new time-box over the slides: the dialog has its keys, then the slides have theirs again.
  await page.keyboard.press('t');
  await expect(startDialog(page)).toBeVisible();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(startDialog(page)).toBeHidden();
  await expect(slideTimer).toHaveText('3:00');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.workbench.presentation().slide)).toBe(3);
  await page.keyboard.press('Escape');
  // The presentation is over once the page has left full screen (the window's size is the editor's again).
  await expect.poll(() => page.evaluate(() => !window.workbench.presentation().active && document.fullscreenElement === null)).toBe(true);

  await workbench.toolbar.getByRole('button', { name: 'Workshop' }).click();
  await page.getByRole('menu', { name: 'Workshop' }).getByRole('menuitem', { name: /^Stop timer/ }).click();
  await expect(readout(page)).toHaveCount(0);
  // The timer is not part of the map: nothing of it is in the document, which is as it was.
  expect(await workbench.map()).toEqual(before);
  expect((await page.evaluate(() => window.workbench.fileState())).dirty).toBe(false);
});
