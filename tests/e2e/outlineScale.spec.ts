import { expect, test } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import { syntheticMap } from '../bench/syntheticMap';
import { WorkbenchPage } from './support/workbenchPage';

// The outline of a large map keeps only the rows in view in the page, and still works as a list:
// the arrows walk every step, a step chosen elsewhere is scrolled to, and a screen reader hears
// each row's place in its lane.

const MAP = syntheticMap(1_000);

test('a 1,000-step outline has a screenful of fields, and the keyboard and the canvas still reach every step', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load({ name: 'large.journey', text: serialise(MAP) });
  const outline = page.getByRole('region', { name: 'Outline' });
  await expect(outline.locator('.outline-step__title').first()).toBeVisible();
  expect(await outline.locator('.outline-step__title').count()).toBeLessThan(250);

  // The arrows walk the steps in outline order, past the rows that were in the page at first.
  const firstLane = MAP.lanes.find((lane) => lane.kind === 'journey')!;
  const laneSteps = MAP.steps.filter((step) => step.laneId === firstLane.id).sort((a, b) => a.column - b.column);
  await outline.locator(`[data-step-id="${laneSteps[0]!.id}"]`).focus();
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(`[data-step-id="${laneSteps[80]!.id}"]`)).toBeFocused();
  await expect(page.locator(`[data-step-id="${laneSteps[80]!.id}"]`)).toBeInViewport();
  const item = page.locator('li', { has: page.locator(`[data-step-id="${laneSteps[80]!.id}"]`) });
  await expect(item).toHaveAttribute('aria-posinset', '81');
  await expect(item).toHaveAttribute('aria-setsize', String(laneSteps.length));

  // A step selected on the canvas side (here: the last gap in the Gaps panel) is shown in the outline too.
  await page.keyboard.press('Escape');
  const gap = page.getByRole('region', { name: 'Gaps' }).getByRole('button', { name: /^After/ }).first();
  await gap.click();
  const analysis = (await workbench.analysis())!;
  const afterStep = analysis.lanes[0]!.gaps.find((candidate) => candidate.kind === 'after')!.stepIds[0]!;
  await expect(outline.locator(`[data-step-id="${afterStep}"]`)).toBeInViewport();
  await workbench.screenshot('test-results/screenshots/outline-1000.png');
});
