import { expect, test, type Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { centre, projectFile, WorkbenchPage, type TestFile } from './support/workbenchPage';

// The canvas: building a map with the mouse, moving and resizing cards with live gaps, lanes and
// stages, zoom. The panels beside it have their own spec.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

// A projector-sized window: the canvas between the outline and the sidebar shows about eight columns.
test.use({ viewport: { width: 1920, height: 1080 } });

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

/** The home-insurance example with its claims visit moved early, so the journey has a between-gap (Waits for the assessor, Gets the decision). */
function withBetweenGap(): TestFile {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: JourneyMap };
  const steps = file.map.steps.map((step) => (step.id === 'p2' ? { ...step, column: 2 } : step));
  return { name: 'between.journey', text: JSON.stringify({ ...file, map: { ...file.map, steps } }) };
}

const gapKinds = async (): Promise<string[]> => ((await workbench.analysis())?.lanes[0]?.gaps ?? []).map((gap) => `${gap.kind}:${gap.stepIds.join(',')}`);

/**
 * Opens the home-insurance example without its stages, draws a stage across its first three
 * columns in the stage row and names it "Something happens"; returns the stage row's y on the page.
 */
async function drawAndNameStage(page: Page): Promise<number> {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: JourneyMap };
  await workbench.load({ name: 'no-stages.journey', text: JSON.stringify({ ...file, map: { ...file.map, stages: [] } }) });
  const rowY = (await workbench.laneBox('cust')).y - 24 - 16;
  const from = await workbench.cellCenter('cust', 0);
  const to = await workbench.cellCenter('cust', 2);
  await workbench.drag({ x: from.x, y: rowY }, { x: to.x, y: rowY });
  await page.keyboard.type('Something happens');
  await page.keyboard.press('Enter');
  expect((await workbench.map())!.stages).toMatchObject([{ title: 'Something happens', fromColumn: 0, toColumn: 2 }]);
  return rowY;
}

test('a map is begun from the empty canvas with the mouse: lanes, steps by double-click and from the palette', async ({ page }) => {
  await workbench.emptyState.getByRole('button', { name: 'Add a journey lane' }).click();
  const lane = (await workbench.map())!.lanes[0]!;

  // Double-click the lane header to rename it in place.
  const header = await workbench.laneBox(lane.id);
  await page.mouse.dblclick(header.x + 60, header.y + 40);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Home owner');
  await page.keyboard.press('Enter');

  // Double-click empty cells to add steps there, typing their titles straight away.
  for (const [column, title] of [
    [0, 'Storm damages the roof'],
    [1, 'Calls the insurer'],
    [2, 'Gets the decision'],
  ] as const) {
    const cell = await workbench.cellCenter(lane.id, column);
    await page.mouse.dblclick(cell.x, cell.y);
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }

  expect(await workbench.run('lane.addProcess')).toBe(true);
  const process = (await workbench.map())!.lanes.find((candidate) => candidate.kind === 'process')!;
  // Drag the palette's Step chip onto the process lane, under "Calls the insurer".
  await workbench.drag(centre((await workbench.paletteStep.boundingBox())!), await workbench.cellCenter(process.id, 1), { release: false });
  await workbench.screenshot('test-results/screenshots/canvas-palette-drag.png');
  await page.mouse.up();
  await page.keyboard.type('Register the claim');
  await page.keyboard.press('Enter');

  const map = (await workbench.map())!;
  expect(map.lanes.map((candidate) => candidate.title)).toEqual(['Home owner', 'Department']);
  expect(map.steps.map((step) => [step.title, step.column])).toEqual([
    ['Storm damages the roof', 0],
    ['Calls the insurer', 1],
    ['Gets the decision', 2],
    ['Register the claim', 1],
  ]);
  expect(await gapKinds()).toEqual([`before:${map.steps[0]!.id}`, `after:${map.steps[2]!.id}`]);
  await expect(workbench.canvas).toHaveAccessibleName('Untitled map: 2 lanes, 4 steps, 2 gaps');
});

test('dragging a process card under a between-gap closes it, live while dragging and for good on drop; undo brings it back', async ({ page }) => {
  await workbench.load(withBetweenGap());
  expect(await gapKinds()).toEqual(['before:c1,c2', 'between:c5,c6', 'after:c8,c9,c10']);
  await expect(workbench.gapsPanel.getByRole('button', { name: /^Between/ })).toBeVisible();

  await workbench.dragStep('p2', 'claims', 4, { release: false });
  // Still in the hand: the document is unchanged, the card follows the pointer.
  expect(await gapKinds()).toEqual(['before:c1,c2', 'between:c5,c6', 'after:c8,c9,c10']);
  const carried = await workbench.stepBox('p2');
  const target = await workbench.cellCenter('claims', 4);
  expect(Math.abs(centre(carried).x - target.x)).toBeLessThan(4);
  await workbench.screenshot('test-results/screenshots/canvas-drag-in-progress.png');
  await page.mouse.up();

  expect((await workbench.map())!.steps.find((step) => step.id === 'p2')).toMatchObject({ laneId: 'claims', column: 4, span: 2 });
  expect(await gapKinds()).toEqual(['before:c1,c2,c3', 'after:c8,c9,c10']);
  await expect(workbench.gapsPanel.getByRole('button', { name: /^Between/ })).toHaveCount(0);
  await expect(workbench.canvas).toHaveAccessibleName('Home insurance claim: 5 lanes, 16 steps, 2 gaps');
  // After the drop the card is drawn on its new cell, not where the pointer let go.
  const dropped = await workbench.stepBox('p2');
  expect(Math.round(dropped.x)).toBe(Math.round(target.x - 168 / 2 + 8));

  // One drag is one undo step.
  await page.keyboard.press('Control+Z');
  expect(await gapKinds()).toEqual(['before:c1,c2', 'between:c5,c6', 'after:c8,c9,c10']);
  expect((await workbench.map())!.steps.find((step) => step.id === 'p2')).toMatchObject({ column: 2 });
});

test('dropping a journey card on an occupied cell inserts it there and shifts the later moments right', async () => {
  await workbench.load(HOME_INSURANCE);
  await workbench.dragStep('c6', 'cust', 1);
  const columnOf = async (id: string) => (await workbench.map())!.steps.find((step) => step.id === id)!.column;
  expect(await columnOf('c6')).toBe(1);
  expect(await columnOf('c2')).toBe(2);
  expect(await columnOf('c7')).toBe(7);
  // The process lanes move along, so the claim is still registered while the customer calls.
  expect(await columnOf('c4')).toBe(4);
  expect(await columnOf('p1')).toBe(4);
});

test('the grip on the selected card resizes its span by whole columns, as one undo step', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const box = await workbench.stepBox('p1');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await workbench.drag({ x: box.x + box.width - 1, y: box.y + box.height / 2 }, { x: box.x + box.width + 168 * 1.1, y: box.y + box.height / 2 });
  expect((await workbench.map())!.steps.find((step) => step.id === 'p1')!.span).toBe(2);
  expect(await gapKinds()).toEqual(['before:c1,c2,c3', 'after:c8,c9,c10']);
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.steps.find((step) => step.id === 'p1')!.span).toBe(1);
});

test('a marquee selects the cards it touches; Shift-click adds one; Delete removes them', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const first = await workbench.stepBox('c1');
  const second = await workbench.stepBox('c2');
  // From the empty gap-label strip under the first card to the middle of the second.
  await workbench.drag({ x: first.x + 4, y: first.y + first.height + 12 }, centre(second));
  await page.keyboard.down('Shift');
  await page.mouse.click(centre(await workbench.stepBox('p1')).x, centre(await workbench.stepBox('p1')).y);
  await page.keyboard.up('Shift');
  await page.keyboard.press('Delete');
  const ids = (await workbench.map())!.steps.map((step) => step.id);
  expect(ids).not.toContain('c1');
  expect(ids).not.toContain('c2');
  expect(ids).not.toContain('p1');
  expect(ids).toHaveLength(13);
});

test('double-click edits a card title in place: Enter keeps it, Escape leaves it', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const box = await workbench.stepBox('c4');
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  const field = page.getByRole('textbox', { name: 'Step title' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('  Phones the insurer  ');
  await page.keyboard.press('Enter');
  expect((await workbench.map())!.steps.find((step) => step.id === 'c4')!.title).toBe('Phones the insurer');

  await page.keyboard.press('F2');
  await page.keyboard.type('Something else');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  expect((await workbench.map())!.steps.find((step) => step.id === 'c4')!.title).toBe('Phones the insurer');
});

test('a lane header dragged within its kind reorders the lanes, with undo', async () => {
  await workbench.load(HOME_INSURANCE);
  const finance = await workbench.laneBox('finance');
  const contact = await workbench.laneBox('contact');
  await workbench.drag({ x: finance.x + 60, y: finance.y + 30 }, { x: contact.x + 60, y: contact.y + 8 });
  expect((await workbench.map())!.lanes.map((lane) => lane.id)).toEqual(['cust', 'ctx', 'finance', 'contact', 'claims']);
  // A process lane never rises above the customer's journey.
  const moved = await workbench.laneBox('finance');
  await workbench.drag({ x: moved.x + 60, y: moved.y + 30 }, { x: moved.x + 60, y: (await workbench.laneBox('cust')).y + 5 });
  expect((await workbench.map())!.lanes.map((lane) => lane.id)).toEqual(['cust', 'ctx', 'finance', 'contact', 'claims']);
  await workbench.run('history.undo');
  expect((await workbench.map())!.lanes.map((lane) => lane.id)).toEqual(['cust', 'ctx', 'contact', 'claims', 'finance']);
});

test('a stage is drawn across the empty stage row, named in place, and its edge dragged wider', async ({ page }) => {
  const rowY = await drawAndNameStage(page);

  const edge = (await workbench.cellCenter('cust', 2)).x + 168 / 2;
  await workbench.drag({ x: edge - 2, y: rowY }, { x: edge + 168, y: rowY });
  expect((await workbench.map())!.stages).toMatchObject([{ fromColumn: 0, toColumn: 3 }]);
});

test('Ctrl+wheel zooms in around the pointer; the card under it stays under it', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = await workbench.stepBox('c3');
  const pointer = centre(before);
  await page.mouse.move(pointer.x, pointer.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await workbench.stepBox('c3')).width).toBeGreaterThan(before.width);
  const after = await workbench.stepBox('c3');
  expect(pointer.x).toBeGreaterThan(after.x);
  expect(pointer.x).toBeLessThan(after.x + after.width);
  expect(pointer.y).toBeGreaterThan(after.y);
  expect(pointer.y).toBeLessThan(after.y + after.height);
  await workbench.run('view.zoomReset');
  await expect.poll(async () => (await workbench.stepBox('c3')).width).toBe(before.width);
});

test('a card dragged to the edge of the canvas scrolls the map while the pointer rests there, and drops on a column that was off screen', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const canvas = (await workbench.canvas.boundingBox())!;
  // Column 13 is beyond the window at 100 %, and nothing is zoomed out.
  expect((await workbench.cellCenter('contact', 12)).x).toBeGreaterThan(canvas.x + canvas.width);
  const from = centre(await workbench.stepBox('p1'));
  await workbench.drag(from, { x: canvas.x + canvas.width - 10, y: from.y }, { release: false });
  // The pointer stands still near the right side; the map scrolls under it until column 13 is in reach.
  const inReach = canvas.x + canvas.width - 168 - 60;
  await expect.poll(async () => (await workbench.cellCenter('contact', 12)).x, { timeout: 10_000, intervals: [40] }).toBeLessThan(inReach);
  // The carried card stays under the pointer, and its drop preview follows the columns passing by.
  const carried = await workbench.stepBox('p1');
  expect(carried.x + carried.width).toBeGreaterThan(canvas.x + canvas.width - 30);
  await workbench.screenshot('test-results/screenshots/canvas-auto-scroll-drag.png');

  // Out of the edge zone the scrolling stops; the card goes where the pointer lets go.
  const target = await workbench.cellCenter('contact', 12);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  const settled = await workbench.cellCenter('contact', 12);
  await page.mouse.move(settled.x, settled.y);
  await page.mouse.up();
  expect((await workbench.map())!.steps.find((step) => step.id === 'p1')).toMatchObject({ laneId: 'contact', column: 12 });
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.steps.find((step) => step.id === 'p1')).toMatchObject({ laneId: 'contact', column: 3 });
});

test('scrolled to the right, a stage whose first columns are under the lane headers shows its title at their edge', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const canvas = (await workbench.canvas.boundingBox())!;
  const lane = await workbench.laneBox('cust');
  await page.mouse.move(canvas.x + canvas.width / 2, lane.y + lane.height / 2);
  // "Claim" spans columns 4 to 7: scroll until column 5 meets the frozen lane headers.
  await page.mouse.wheel(24 + 4.5 * 168, 0);
  await expect.poll(async () => (await workbench.cellCenter('cust', 4)).x).toBeLessThan(canvas.x + 184 + 24);
  await workbench.screenshot('test-results/screenshots/canvas-sticky-stage-title.png');
  // The title's ink is right of the lane headers, inside the part of "Claim" still in view.
  const rowY = lane.y - 24 - 16;
  const titleArea = Array.from({ length: 40 }, (_, i) => ({ x: canvas.x + 184 + 12 + i, y: rowY }));
  const colours = await Promise.all(titleArea.map((point) => workbench.canvasColourAt(point)));
  const darkest = Math.min(...colours.map((hex) => parseInt(hex.slice(1, 3), 16)));
  expect(darkest).toBeLessThan(140);
});

test('drawing a stage and naming it is one undo entry; a stage left unnamed is called "New stage"', async ({ page }) => {
  const rowY = await drawAndNameStage(page);

  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.stages).toEqual([]);
  await page.keyboard.press('Control+Shift+Z');
  expect((await workbench.map())!.stages).toMatchObject([{ title: 'Something happens', fromColumn: 0, toColumn: 2 }]);

  // Escape on the name keeps the stage, with the name the Add stage command gives.
  const next = await workbench.cellCenter('cust', 4);
  await workbench.drag({ x: next.x, y: rowY }, { x: next.x + 168, y: rowY });
  await expect(page.getByRole('textbox', { name: 'Stage title' })).toBeFocused();
  await page.keyboard.press('Escape');
  expect((await workbench.map())!.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual([
    ['Something happens', 0, 2],
    ['New stage', 4, 5],
  ]);
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.stages.map((stage) => stage.title)).toEqual(['Something happens']);

  // Renaming a stage later is an undo entry of its own.
  const named = await workbench.cellCenter('cust', 1);
  await page.mouse.dblclick(named.x, rowY);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Storm');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.stages.map((stage) => stage.title)).toEqual(['Something happens']);
});

test('a card released over the inspector or the outline goes back: the drag is cancelled, the map does not scroll away, no text is selected', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const before = await workbench.map();
  const from = centre(await workbench.stepBox('p2'));
  const inspector = (await page.getByRole('complementary', { name: 'Details' }).boundingBox())!;
  await workbench.drag(from, { x: inspector.x + inspector.width / 2, y: inspector.y + 200 });
  expect(await workbench.map()).toEqual(before);
  const outline = (await page.getByRole('region', { name: 'Outline' }).boundingBox())!;
  await workbench.drag(from, { x: outline.x + outline.width / 2, y: outline.y + 300 });
  expect(await workbench.map()).toEqual(before);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  expect(await workbench.run('history.undo')).toBe(false);
});
