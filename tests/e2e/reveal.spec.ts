import { expect, test, type Locator } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage, type Box } from './support/workbenchPage';

// Every jump lands in view: a step chosen in the outline or a gap chosen in the Gaps panel is
// scrolled wholly into the visible part of the canvas, clear of the frozen lane headers and rows,
// and no further than needed.

const B2B = projectFile('assets/templates/b2b-services.journey');
// The projector size the room sees.
test.use({ viewport: { width: 1280, height: 720 } });

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(B2B);
});

/** The part of the canvas where cards scroll: right of the lane headers, below the stage and column rows. */
async function scrollingArea(): Promise<Box> {
  const canvas = (await workbench.canvas.boundingBox())!;
  const firstLane = await workbench.laneBox((await workbench.map())!.lanes[0]!.id);
  const headersRight = canvas.x + 184;
  return { x: headersRight, y: firstLane.y, width: canvas.x + canvas.width - headersRight, height: canvas.y + canvas.height - firstLane.y };
}

async function expectWhollyInView(stepId: string): Promise<void> {
  const area = await scrollingArea();
  await expect
    .poll(async () => {
      const box = await workbench.stepBox(stepId);
      return box.x >= area.x && box.x + box.width <= area.x + area.width && box.y >= area.y && box.y + box.height <= area.y + area.height;
    })
    .toBe(true);
}

const lastJourneyStep = (map: JourneyMap) => map.steps.filter((step) => step.laneId === map.lanes[0]!.id).sort((a, b) => b.column - a.column)[0]!;

test('a step clicked in the outline is brought wholly into view, right of the lane headers, scrolled no further than needed', async ({ page }) => {
  const map = (await workbench.map())!;
  const last = lastJourneyStep(map);
  const outline = page.getByRole('region', { name: 'Outline' });
  const title: Locator = outline.locator(`[data-step-id="${last.id}"]`);
  await title.click();
  await expectWhollyInView(last.id);
  // Not past it: the card ends near the canvas's right edge, not under the headers.
  const area = await scrollingArea();
  const box = await workbench.stepBox(last.id);
  expect(area.x + area.width - (box.x + box.width)).toBeLessThan(box.width);
  await workbench.screenshot('test-results/screenshots/reveal-from-outline.png');
});

test('a gap chosen in the Gaps panel is brought into view, and going back to the first step scrolls back', async ({ page }) => {
  const gaps = page.getByRole('region', { name: 'Gaps' });
  await gaps.getByRole('button', { name: /^After/ }).first().click();
  const analysis = (await workbench.analysis())!;
  const after = analysis.lanes[0]!.gaps.find((gap) => gap.kind === 'after')!;
  await expectWhollyInView(after.stepIds[0]!);
  await gaps.getByRole('button', { name: /^Before/ }).first().click();
  const before = analysis.lanes[0]!.gaps.find((gap) => gap.kind === 'before')!;
  await expectWhollyInView(before.stepIds[0]!);
  await workbench.screenshot('test-results/screenshots/reveal-from-gaps.png');
});
