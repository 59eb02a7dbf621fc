import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { zipEntries } from '../unit/support/zipEntries';
import { projectFile, WorkbenchPage, type TestFile } from './support/workbenchPage';

// Snapshots and the compare view: the consultant keeps the as-is, moves a process step under a
// between-gap, and shows on one screen that the gap is closed.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

/** The home-insurance example with Assign and visit moved early, leaving a between-gap at c5–c6. */
function withBetweenGap(): TestFile {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: JourneyMap };
  const steps = file.map.steps.map((step) => (step.id === 'p2' ? { ...step, column: 2 } : step));
  return { name: 'between.journey', text: JSON.stringify({ ...file, map: { ...file.map, steps } }) };
}

let workbench: WorkbenchPage;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(withBetweenGap());
  // The whole journey in view at 1280 × 720, so the drag needs no scrolling.
  await workbench.run('view.zoomFit');
});

test('save a snapshot, close a between-gap by dragging a process step, and see the gap marked closed in the compare view', async ({ page }) => {
  // File ▸ Save snapshot…, named.
  expect(await workbench.run('snapshot.save')).toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Save snapshot' });
  await dialog.getByLabel('Name').fill('As-is, workshop 1');
  await dialog.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(dialog).toBeHidden();
  expect((await workbench.map())!.snapshots!.map((snapshot) => snapshot.name)).toEqual(['As-is, workshop 1']);

  await workbench.dragStep('p2', 'claims', 4);
  expect((await workbench.analysis())!.lanes[0]!.gaps.map((gap) => gap.kind)).toEqual(['before', 'after']);

  // The Snapshots tab lists it; Compare with now opens the compare view.
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  const card = page.getByRole('listitem', { name: 'Snapshot As-is, workshop 1' });
  await card.getByRole('button', { name: 'Compare with now' }).click();
  const view = page.getByRole('region', { name: 'Compare' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Compare: As-is, workshop 1 → Now' })).toBeVisible();

  // The gap is marked closed, on the map (a dashed outline and its words) and in the list beside it.
  const closed = view.locator('.compare-gap[data-change="closed"]');
  await expect(closed).toHaveCount(1);
  await expect(closed).toContainText('✓ Gap closed · Between · 2 steps · severity 7.0 → 0');
  await expect(view.locator('.compare-lane [data-gap-change="closed"]')).toHaveText('✓ Closed: Between, 2 steps, severity 7.0 → 0');
  await expect(view.locator('.compare-lane [data-gap-change="changed"]')).toHaveText('↔ Grown: Before, 2 steps, severity 12.6 → Before, 3 steps, severity 14.6');
  await expect(view.getByRole('heading', { name: /^Home owner: coverage 30% → 40%$/ })).toBeVisible();
  await expect(view.locator('.compare-step[data-step-id="p2"]')).toContainText('→ Moved');

  // The keyboard walks the changes; Escape goes back to editing.
  await page.keyboard.press('n');
  await expect(view.getByRole('status')).toHaveText(/^Change 1 of \d+: /);
  await page.keyboard.press('n');
  await expect(view.getByRole('status')).toContainText('Change 2 of');
  await page.keyboard.press('Shift+N');
  await expect(view.getByRole('status')).toContainText('Change 1 of');
  await workbench.screenshot('test-results/screenshots/compare-view.png');

  // Keys of the compare view never edit the map underneath.
  const before = await workbench.map();
  await page.keyboard.press('ArrowRight');
  expect(await workbench.map()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  // Back where it was: the button that opened it has the focus again.
  await expect(card.getByRole('button', { name: 'Compare with now' })).toBeFocused();
});

test('restoring a snapshot is one undo step', async ({ page }) => {
  await workbench.run('snapshot.save');
  await page.getByRole('dialog', { name: 'Save snapshot' }).getByRole('button', { name: 'Save snapshot' }).click();
  await workbench.dragStep('p2', 'claims', 4);
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  expect((await workbench.map())!.steps.find((step) => step.id === 'p2')).toMatchObject({ column: 2 });
  expect((await workbench.map())!.snapshots).toHaveLength(1);
  expect(await workbench.run('history.undo')).toBe(true);
  expect((await workbench.map())!.steps.find((step) => step.id === 'p2')).toMatchObject({ column: 4 });
});

test('File ▸ Compare… compares a snapshot, or another map chosen as a file, with the map now (the README picture)', async ({ page }) => {
  await workbench.load(projectFile('tests/fixtures/compare/home-insurance-to-be.journey'));
  expect(await workbench.run('compare.open')).toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Compare' });
  await expect(dialog.getByLabel('Before', { exact: true })).toHaveValue('snapshot:snapshot-1');
  await expect(dialog.getByLabel('After', { exact: true })).toHaveValue('now');

  // Another map as the side before: the same as-is, as a file of its own.
  await dialog.getByLabel('Before', { exact: true }).selectOption('file');
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the file to compare with.');
  const asIs = projectFile('tests/fixtures/compare/home-insurance-as-is.journey');
  await dialog.getByLabel('Before: the file').setInputFiles({ name: asIs.name, mimeType: 'application/json', buffer: Buffer.from(asIs.text) });
  await dialog.getByRole('button', { name: 'Compare' }).click();
  const view = page.getByRole('region', { name: 'Compare' });
  await expect(view.getByRole('heading', { name: 'Compare: home-insurance-as-is.journey → Now' })).toBeVisible();
  await expect(view.locator('.compare-gap')).toHaveCount(3);
  await expect(view.locator('.compare-step')).toHaveCount(5);
  await page.keyboard.press('Escape');

  // The snapshot inside the file gives the same compare.
  await workbench.run('compare.open');
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await expect(view.getByRole('heading', { name: 'Compare: As-is, workshop 1 → Now' })).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Home owner: coverage 40% → 70%' })).toBeVisible();
  await expect(view.locator('.compare-lane li')).toHaveText([
    '✓ Closed: Before, 3 steps, severity 7.0 → 0',
    '! Opened: Between, 1 step, severity 1.0',
    '↔ Shrunk: After, 3 steps, severity 4.0 → After, 2 steps, severity 2.0',
  ]);
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('status')).toContainText('Change 1 of 8: Gap closed: Before · 3 steps · severity 7.0 → 0');
  // Wider than its column at 1280 px, the map scrolls inside it: nothing slides under the summary.
  const fits = await view.evaluate((element) => {
    const map = element.querySelector('.compare-view__map')!;
    const summary = element.querySelector('.compare-view__summary')!;
    return { mapRight: map.getBoundingClientRect().right, summaryLeft: summary.getBoundingClientRect().left, scrolls: map.scrollWidth > map.clientWidth };
  });
  expect(fits.mapRight).toBeLessThanOrEqual(fits.summaryLeft + 1);
  expect(fits.scrolls).toBe(true);
  await workbench.screenshot('assets/readme/compare-view.png');
});

test('Export PowerPoint… from the compare view downloads the deck of the map now with What changed after the overview', async ({ page }) => {
  await workbench.load(projectFile('tests/fixtures/compare/home-insurance-to-be.journey'));
  await workbench.run('compare.open');
  await page.getByRole('dialog', { name: 'Compare' }).getByRole('button', { name: 'Compare' }).click();
  const view = page.getByRole('region', { name: 'Compare' });
  await expect(view.getByRole('heading', { name: 'Compare: As-is, workshop 1 → Now' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export PowerPoint…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Home insurance claim — to-be.pptx');
  const entries = zipEntries(await readFile(await download.path()));
  const slideText = (number: number): string => [...(entries.get(`ppt/slides/slide${number}.xml`) ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ');
  const count = [...entries.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  // Six slides and one per stage, as ever, and the two of What changed after the overview.
  expect(count).toBe(11);
  expect(slideText(3)).toContain('OVERVIEW');
  const changed = `${slideText(4)} ${slideText(5)}`;
  expect(slideText(4)).toContain('WHAT CHANGED · 1 OF 2');
  expect(slideText(4)).toContain('As-is, workshop 1 → Now');
  for (const words of ['Closed', 'Opened', 'Shrunk', 'Storm warning and safety advice', 'Recommends a vetted roofer', 'Month-end reserve booking', 'Pay out', 'Books the assessor online']) expect(changed).toContain(words);
  expect(slideText(6)).toContain('STAGE 1 OF 3');
  // The deck carries the map as it is now, its snapshot with it.
  expect(entries.get('ppt/notesSlides/notesSlide11.xml')).toContain('As-is, workshop 1');
  // The compare view stays on screen.
  await expect(view).toBeVisible();
});
