import { expect, test } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage, type Box } from './support/workbenchPage';

// What the room sees of the editor: panels that get out of the way (and stay out after a
// restart), and fits that make the journey large on a small projector.

const INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');
const zoomOf = async (workbench: WorkbenchPage): Promise<number> =>
  Number((await workbench.toolbar.getByRole('button', { name: /^Zoom \d+%/ }).getAttribute('aria-label'))!.match(/Zoom (\d+)%/)![1]);
const within = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

test('the outline and the details hide by key and by toolbar, the canvas takes their room, and they stay hidden after a restart', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  const outline = page.getByRole('region', { name: 'Outline' });
  const details = page.getByRole('complementary', { name: 'Details' });
  const outlineToggle = workbench.toolbar.getByRole('button', { name: 'Show outline' });
  await expect(outline).toBeVisible();
  await expect(outlineToggle).toHaveAttribute('aria-pressed', 'true');
  const narrow = (await workbench.canvas.boundingBox())!.width;

  // From the outline's own field: the focus goes to the canvas rather than vanishing with the panel.
  await outline.getByRole('textbox').first().focus();
  await page.keyboard.press('Control+b');
  await expect(outline).toBeHidden();
  await expect(outlineToggle).toHaveAttribute('aria-pressed', 'false');
  await expect(workbench.canvas).toBeFocused();
  await workbench.toolbar.getByRole('button', { name: 'Show details' }).click();
  await expect(details).toBeHidden();
  await expect.poll(async () => (await workbench.canvas.boundingBox())!.width).toBeGreaterThan(narrow + 500);

  await page.reload();
  await expect(workbench.toolbar).toBeVisible();
  await workbench.load(INSURANCE);
  await expect(outline).toBeHidden();
  await expect(details).toBeHidden();
  await workbench.screenshot('test-results/screenshots/panels-hidden-1024.png');

  // Ctrl+\ brings both back when none shows, and hides both when any shows.
  await workbench.canvas.focus();
  await page.keyboard.press('Control+\\');
  await expect(outline).toBeVisible();
  await expect(details).toBeVisible();
  await page.keyboard.press('Control+\\');
  await expect(outline).toBeHidden();
  await expect(details).toBeHidden();
  await page.keyboard.press('Control+\\');
  await expect(details).toBeVisible();
});

test('fit journey shows the journey and the lanes that touch it larger than fit to window, from the first lane down', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  expect(await workbench.run('view.zoomFit')).toBe(true);
  const fitted = await zoomOf(workbench);
  await workbench.canvas.focus();
  await page.keyboard.press('Shift+#');
  await expect.poll(() => zoomOf(workbench)).toBeGreaterThan(fitted);
  const canvas = (await workbench.canvas.boundingBox())!;
  const journey = await workbench.laneBox('cust');
  // Right under the stage and column rows, every journey card whole on screen.
  expect(journey.y).toBeGreaterThan(canvas.y);
  expect(journey.y).toBeLessThan(canvas.y + 90);
  for (let index = 1; index <= 10; index += 1) expect(within(await workbench.stepBox(`c${index}`), canvas)).toBe(true);
  await workbench.screenshot('test-results/screenshots/fit-journey-1024.png');

  // Fit width: every column across the window.
  expect(await workbench.run('view.zoomFitWidth')).toBe(true);
  const lastStep = await workbench.stepBox('c10');
  expect(lastStep.x + lastStep.width).toBeLessThanOrEqual(canvas.x + canvas.width);
});

test('a 300-column journey fits the window, drawn as silhouettes, and selecting still shows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  const map: JourneyMap = {
    id: 'long',
    title: 'Three hundred moments',
    stages: [],
    lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }],
    steps: Array.from({ length: 300 }, (_, column) => ({ id: `s${column}`, laneId: 'j', title: `Moment ${column + 1}`, column, span: 1 })),
  };
  await workbench.load({ name: 'long.journey', text: serialise(map) });
  expect(await workbench.run('view.zoomFit')).toBe(true);
  const canvas = (await workbench.canvas.boundingBox())!;
  await expect.poll(async () => within(await workbench.stepBox('s299'), canvas)).toBe(true);
  expect(within(await workbench.stepBox('s0'), canvas)).toBe(true);
  await workbench.screenshot('test-results/screenshots/fit-300-columns.png');
});

test('the toolbar never wraps a label: on narrower windows the file, then the adding commands fold into menus', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  for (const width of [1440, 1280, 1100, 1024]) {
    await page.setViewportSize({ width, height: 700 });
    // One row of buttons, each one line high, the title still there.
    const heights = await workbench.toolbar.getByRole('button').evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).map((button) => button.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(34);
    expect((await workbench.mapTitle.boundingBox())!.width).toBeGreaterThan(60);
    await workbench.toolbar.screenshot({ path: `test-results/screenshots/toolbar-${width}.png` });
  }
  // At 1024 pixels everything is still reachable: File ▾ saves, Add ▾ adds a lane.
  await workbench.toolbar.getByRole('button', { name: 'File' }).click();
  await expect(page.getByRole('menuitem', { name: /^Save/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await workbench.toolbar.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('menuitem', { name: /context lane/i }).click();
  await expect.poll(async () => (await workbench.map())!.lanes.length).toBe(6);
});
