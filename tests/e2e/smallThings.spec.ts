import { expect, test } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The smaller things a user notices: headings that say what is shown, words that read once,
// choices that stop at their ends, a wider outline, deletes that say what went, pasted lists,
// and a window that asks the network for nothing it lacks.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');
let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

/** Pastes plain text into the focused element, as Ctrl+V does with text copied elsewhere. */
async function pasteText(text: string): Promise<void> {
  await workbench.page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('after a new step is undone, the inspector shows the map’s details under their own heading', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await workbench.canvas.focus();
  await page.keyboard.press('n');
  await page.keyboard.type('Reads the small print');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+z');
  const inspector = page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).first();
  await expect(inspector).toHaveText('Details');
});

test('a step in a lane the organisation never meets says so once; ← on “Not recorded” stays there', async ({ page }) => {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: JourneyMap };
  const steps = file.map.steps.filter((step) => !['contact', 'claims', 'finance'].includes(step.laneId));
  await workbench.load({ name: 'alone.journey', text: JSON.stringify({ ...file, map: { ...file.map, steps } }) });
  await page.getByRole('region', { name: 'Outline' }).locator('[data-step-id="c4"]').click();
  const inspector = page.locator('.inspector');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('Step');
  await expect(inspector).toContainText('Not covered at all');
  await expect(inspector).not.toContainText('Not covered · Not covered');
  const notRecorded = inspector.getByRole('radio', { name: 'Not recorded' });
  await notRecorded.focus();
  await page.keyboard.press('Space');
  await expect(notRecorded).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(notRecorded).toBeChecked();
  await expect(inspector.getByRole('radio', { name: 'Very positive' })).not.toBeChecked();
});

test('the outline shows a cut title in full on hover and can be widened, the width kept for the next start', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const outline = page.getByRole('region', { name: 'Outline' });
  await expect(outline.locator('[data-step-id="c4"]')).toHaveAttribute('title', 'Calls the insurer');
  const before = (await outline.boundingBox())!.width;
  const edge = page.getByRole('separator', { name: 'Outline width' });
  const box = (await edge.boundingBox())!;
  await workbench.drag({ x: box.x + box.width / 2, y: box.y + 200 }, { x: box.x + 120, y: box.y + 200 });
  await expect.poll(async () => (await outline.boundingBox())!.width).toBeGreaterThan(before + 100);
  const dragged = Number(await edge.getAttribute('aria-valuenow'));
  await edge.press('ArrowLeft');
  await expect(edge).toHaveAttribute('aria-valuenow', String(dragged - 20));
  const kept = dragged - 20;
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Outline width' })).toHaveAttribute('aria-valuenow', String(kept));
});

test('deleting a lane with its steps says what went, with Undo beside it', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const lane = await workbench.laneBox('claims');
  await page.mouse.click(lane.x + 40, lane.y + 20);
  await page.keyboard.press('Delete');
  const status = page.getByRole('status');
  await expect(status).toContainText('Deleted the lane “Claims handling” with its');
  await status.getByRole('button', { name: 'Undo' }).click();
  expect((await workbench.map())!.lanes.map((candidate) => candidate.id)).toContain('claims');
});

test('a pasted list becomes one step per line: in the outline after the focused step, and on the canvas after the selection', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = (await workbench.map())!.steps.length;
  await page.getByRole('region', { name: 'Outline' }).locator('[data-step-id="c4"]').focus();
  await pasteText('Finds the policy number\nReads the small print');
  let map = (await workbench.map())!;
  expect(map.steps).toHaveLength(before + 2);
  expect(map.steps.slice(-2).map((step) => step.title)).toEqual(['Finds the policy number', 'Reads the small print']);

  await workbench.canvas.focus();
  await pasteText('- Checks the roof\n- Sends photos\n- Waits');
  map = (await workbench.map())!;
  expect(map.steps.slice(-3).map((step) => step.title)).toEqual(['Checks the roof', 'Sends photos', 'Waits']);
  await page.keyboard.press('Control+z');
  expect((await workbench.map())!.steps).toHaveLength(before + 2);
});

test('the window loads nothing it cannot find: the app icon is there, no request fails', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.reload();
  await expect(workbench.toolbar).toBeVisible();
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '');
  expect(icon).toMatch(/\.svg$/);
  expect((await page.request.get(icon)).status()).toBe(200);
  expect(failed).toEqual([]);
});

test('the palette floats clear of the map at Fit: not over the stage and column labels, the lane titles or any card', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workbench.load(HOME_INSURANCE);
  await workbench.run('view.zoomFit');
  const palette = (await workbench.paletteStep.boundingBox())!;
  const map = (await workbench.map())!;
  const lastLane = await workbench.laneBox(map.lanes.at(-1)!.id);
  const firstLane = await workbench.laneBox(map.lanes[0]!.id);
  // Below the map's last lane, or right of it: never over the lanes, their headers or the rows above them.
  const clear = palette.y >= lastLane.y + lastLane.height || palette.x >= firstLane.x + firstLane.width;
  expect(clear).toBe(true);
  await workbench.screenshot('test-results/screenshots/fit-1280x720.png');
});

test('a toolbar menu stays open while the editor scrolls itself; the canvas’s own menu closes when the canvas scrolls', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  await page.setViewportSize({ width: 900, height: 600 });
  const scroll = () => page.evaluate(() => document.querySelector('.canvas-scroller')!.scrollBy(120, 0));
  await workbench.toolbar.getByRole('button', { name: 'Workshop' }).click();
  const workshop = page.getByRole('menu', { name: 'Workshop' });
  await expect(workshop).toBeVisible();
  await scroll();
  await expect.poll(() => page.evaluate(() => document.querySelector('.canvas-scroller')!.scrollLeft)).toBeGreaterThan(0);
  await expect(workshop).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(workshop).toBeHidden();

  const box = (await workbench.canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 30, { button: 'right' });
  const canvasMenu = page.getByRole('menu');
  await expect(canvasMenu).toBeVisible();
  await scroll();
  await expect(canvasMenu).toBeHidden();
});
