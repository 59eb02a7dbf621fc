import { expect, test, type Locator } from '@playwright/test';
import { WorkbenchPage } from './support/workbenchPage';

// File ▸ New offers the blank map and the examples. Each example opens as a new, untitled map whose
// journey has a stretch before the organisation and one after it; the blank map has the default
// stages. The screenshots are the first thing a consultant sees: look at them.

const EXAMPLES = [
  'B2B services: from first handshake to renewal',
  'Home insurance claim',
  'Retail store visit: a sofa from the furniture store',
  'SaaS onboarding: an expense tool for a growing agency',
] as const;

const DEFAULT_STAGES = ['Need', 'Explore', 'Choose', 'Buy', 'Onboard', 'Use', 'Get help', 'Renew or leave'];

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

const chooser = (): Locator => workbench.page.getByRole('dialog', { name: 'New map' });
const card = (title: string): Locator => chooser().getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
const slug = (title: string): string => title.toLowerCase().split(':')[0]!.replace(/[^a-z0-9]+/g, '-');

/** Fits the map to a full-HD window, as on a projector, and saves a picture of it. */
async function pictureOf(name: string): Promise<void> {
  await workbench.page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await workbench.canvas.boundingBox())?.width ?? 0).toBeGreaterThan(1200);
  await workbench.run('view.zoomFit');
  await workbench.screenshot(`test-results/screenshots/template-${name}.png`);
}

/** The Gaps panel lists a Before and an After gap. */
async function expectGapsBeforeAndAfter(): Promise<void> {
  for (const kind of ['Before', 'After']) await expect(workbench.gapsPanel.locator('.gap__kind', { hasText: new RegExp(`^${kind}$`) }).first()).toBeVisible();
}

test('Ctrl+N opens the chooser: the blank map first, then the examples, each with what it is and its figures', async ({ page }) => {
  await page.keyboard.press('Control+n');
  await expect(chooser()).toBeVisible();
  const cards = chooser().locator('.template');
  await expect(cards).toHaveCount(1 + EXAMPLES.length);
  await expect(cards.first()).toContainText('Blank map');
  await expect(cards.first()).toContainText('8 stages · 2 lanes · no steps yet');
  await expect(cards.first()).toBeFocused();
  await expect(card('Home insurance claim')).toContainText('10 journey steps · 5 lanes · 2 gaps before and after');
  for (const title of EXAMPLES) await expect(card(title)).toContainText(/journey steps · \d lanes · \d gaps before/);
  await workbench.screenshot('test-results/screenshots/template-chooser.png');

  // Escape cancels: the map on screen stays, and nothing was asked.
  await page.keyboard.press('Escape');
  await expect(chooser()).toBeHidden();
  await expect(workbench.emptyState).toBeVisible();
});

test('the blank map comes by keyboard, with the default stages on the canvas’s stage row', async ({ page }) => {
  await page.keyboard.press('Control+n');
  await expect(chooser()).toBeVisible();
  // The arrows move through the list and back; Enter opens the card reached.
  await page.keyboard.press('ArrowDown');
  await expect(card(EXAMPLES[0])).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(chooser()).toBeHidden();

  await expect(workbench.mapTitle).toHaveText('Untitled map');
  const map = (await workbench.map())!;
  expect(map.stages.map((stage) => stage.title)).toEqual(DEFAULT_STAGES);
  expect(map.lanes.map((lane) => [lane.kind, lane.title])).toEqual([
    ['journey', 'Customer'],
    ['process', 'Department'],
  ]);
  expect(await workbench.page.evaluate(() => window.workbench.fileState())).toMatchObject({ fileName: null, handle: null, dirty: false });

  // Each stage's title is painted in the stage row (above the column numbers), at its first column.
  const laneId = map.lanes[0]!.id;
  const rowY = (await workbench.laneBox(laneId)).y - 24 - 16;
  for (const stage of map.stages) {
    await workbench.revealColumn(laneId, stage.fromColumn);
    const left = (await workbench.cellCenter(laneId, stage.fromColumn)).x - 168 / 2;
    const colours = await Promise.all(Array.from({ length: 30 }, (_, i) => workbench.canvasColourAt({ x: left + 10 + i, y: rowY })));
    expect(Math.min(...colours.map((hex) => Number.parseInt(hex.slice(1, 3), 16))), stage.title).toBeLessThan(140);
  }
  await pictureOf('blank');
});

for (const title of EXAMPLES) {
  test(`the example “${title}” comes by mouse, untitled, with a gap before and after the organisation`, async () => {
    await workbench.toolbar.getByRole('button', { name: 'New', exact: true }).click();
    await card(title).click();
    await expect(chooser()).toBeHidden();
    await expect(workbench.mapTitle).toHaveText(title);
    await expectGapsBeforeAndAfter();
    // Never tied to the template's file: Save asks where to save.
    expect(await workbench.page.evaluate(() => window.workbench.fileState())).toMatchObject({ fileName: null, handle: null, dirty: false });
    await pictureOf(slug(title));
  });
}

test('with unsaved changes, New asks about them first; Cancel there keeps the map and shows no chooser', async ({ page }) => {
  await workbench.openTemplate('Home insurance claim');
  await workbench.run('lane.addProcess');
  await page.keyboard.press('Escape');
  const edited = await workbench.map();
  await workbench.toolbar.getByRole('button', { name: 'New', exact: true }).click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('Save the changes to “Home insurance claim”?');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(chooser()).toBeHidden();
  expect(await workbench.map()).toEqual(edited);

  await workbench.toolbar.getByRole('button', { name: 'New', exact: true }).click();
  await question.getByRole('button', { name: 'Don’t Save' }).click();
  await card(EXAMPLES[3]).click();
  await expect(workbench.mapTitle).toHaveText(EXAMPLES[3]);
});
