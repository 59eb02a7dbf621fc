import { expect, test, type Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage, type Point } from './support/workbenchPage';

// The emotion curve: shown under the journey lane from its context menu, its points dragged with
// the mouse to set three steps' emotions, one undo step per drag, Escape putting a point back.

test.use({ viewport: { width: 1920, height: 1080 } });

/**
 * The home-insurance example with no emotion recorded on three of its steps, so they sit on the 0
 * line as hollow handles, and its curve hidden, so the test shows it.
 */
function withoutThreeEmotions(): { name: string; text: string } {
  const file = JSON.parse(projectFile('assets/templates/home-insurance-claim.journey').text) as { map: JourneyMap };
  const lanes = file.map.lanes.map(({ showEmotionCurve: _shown, ...lane }) => lane);
  const steps = file.map.steps.map((step) => {
    if (!['c2', 'c4', 'c6'].includes(step.id)) return step;
    const { emotion: _none, ...rest } = step;
    return rest;
  });
  return { name: 'emotions.journey', text: JSON.stringify({ ...file, map: { ...file.map, lanes, steps } }) };
}

async function emotionPoint(page: Page, stepId: string): Promise<Point> {
  const point = await page.evaluate((id) => window.workbench.emotionPoint(id), stepId);
  if (!point) throw new Error(`The canvas shows no emotion point of step ${stepId}.`);
  return point;
}

const emotionsOf = async (workbench: WorkbenchPage, ids: readonly string[]) => {
  const map = await workbench.map();
  return ids.map((id) => map?.steps.find((step) => step.id === id)?.emotion ?? null);
};

/** Presses on a step's curve point, moves it to `y` in small steps as a hand does, and releases unless told not to. */
async function dragPoint(page: Page, stepId: string, y: number, release = true): Promise<void> {
  const from = await emotionPoint(page, stepId);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x, from.y + ((y - from.y) * i) / 8);
  if (release) await page.mouse.up();
}

test('three steps get their emotion by dragging curve points, each drag one undo step, and the curve shows under the lane', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(withoutThreeEmotions());
  expect(await page.evaluate(() => window.workbench.emotionPoint('c2'))).toBeNull();

  // Show the curve from the journey lane's context menu.
  const lane = await workbench.laneBox('cust');
  await page.mouse.click(lane.x + 60, lane.y + 30, { button: 'right' });
  const toggle = page.getByRole('menu', { name: 'Lane actions' }).getByRole('menuitemcheckbox', { name: 'Show emotion curve' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  expect((await workbench.map())!.lanes.find((candidate) => candidate.id === 'cust')!.showEmotionCurve).toBe(true);
  await expect.poll(async () => (await workbench.laneBox('cust')).height).toBeGreaterThan(lane.height + 80);

  // Steps without an emotion wait on the 0 line as hollow handles; c1, recorded at −2, sits lower.
  const zeroY = (await emotionPoint(page, 'c2')).y;
  expect((await emotionPoint(page, 'c4')).y).toBe(zeroY);
  expect((await emotionPoint(page, 'c1')).y).toBeGreaterThan(zeroY);

  // Far below the band clamps to −2; far above it, over the stage row, to +2. (Released off the
  // canvas, over the toolbar, a drag is cancelled.)
  await dragPoint(page, 'c2', zeroY + 300);
  expect(await emotionsOf(workbench, ['c2', 'c4', 'c6'])).toEqual([-2, null, null]);
  await dragPoint(page, 'c6', zeroY - 150);
  expect(await emotionsOf(workbench, ['c2', 'c4', 'c6'])).toEqual([-2, null, 2]);

  // Half way between 0 and +2 is +1; the value shows while the point is in the hand.
  const topY = (await emotionPoint(page, 'c6')).y;
  await dragPoint(page, 'c4', (zeroY + topY) / 2 + 2, false);
  await workbench.screenshot('test-results/screenshots/emotion-curve-dragging.png');
  await page.mouse.up();
  expect(await emotionsOf(workbench, ['c2', 'c4', 'c6'])).toEqual([-2, 1, 2]);
  expect((await emotionPoint(page, 'c4')).y).toBeCloseTo((zeroY + topY) / 2, 0);

  // Escape puts a point back where it was, and adds nothing to undo.
  await dragPoint(page, 'c8', zeroY - 300, false);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(await emotionsOf(workbench, ['c8'])).toEqual([-1]);

  // Undo reverts the last drag only; redo brings it back.
  await page.keyboard.press('Control+z');
  expect(await emotionsOf(workbench, ['c2', 'c4', 'c6'])).toEqual([-2, null, 2]);
  await page.keyboard.press('Control+Shift+z');
  expect(await emotionsOf(workbench, ['c2', 'c4', 'c6'])).toEqual([-2, 1, 2]);

  // The drags changed emotions only: every card is where it was.
  expect((await workbench.map())!.steps.map((step) => `${step.id}@${step.laneId}:${step.column}`)).toEqual(
    JSON.parse(withoutThreeEmotions().text).map.steps.map((step: { id: string; laneId: string; column: number }) => `${step.id}@${step.laneId}:${step.column}`),
  );

  await page.mouse.move(5, 5);
  await workbench.canvas.screenshot({ path: 'test-results/screenshots/emotion-curve.png', animations: 'disabled' });
});

test('a right-click inside the emotion band opens its journey lane’s menu, which hides the curve', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(projectFile('assets/templates/home-insurance-claim.journey'));
  const lane = await workbench.laneBox('cust');

  // Between two points of the curve, on no card and no point.
  const [c2, c4] = [await emotionPoint(page, 'c2'), await emotionPoint(page, 'c4')];
  await page.mouse.click((c2.x + c4.x) / 2, Math.max(c2.y, c4.y) + 4, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Lane actions' });
  const toggle = menu.getByRole('menuitemcheckbox', { name: 'Show emotion curve' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');

  await toggle.click();
  expect((await workbench.map())!.lanes.find((candidate) => candidate.id === 'cust')!.showEmotionCurve ?? false).toBe(false);
  await expect.poll(async () => (await workbench.laneBox('cust')).height).toBeLessThan(lane.height - 80);
});

test('a point in the hand when another map is shown is dropped: releasing sets nothing on the new map', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  const file = projectFile('assets/templates/home-insurance-claim.journey');
  await workbench.load(file);
  const zeroY = (await emotionPoint(page, 'c4')).y;
  await dragPoint(page, 'c4', zeroY - 300, false);
  // The same map read again: a new document whose step c4 sits where the dragged one did.
  await page.evaluate((text) => window.workbench.load(text), file.text);
  await page.mouse.up();
  expect(await emotionsOf(workbench, ['c4'])).toEqual([0]);
  expect(await page.evaluate(() => window.workbench.run('history.undo'))).toBe(false);
});
