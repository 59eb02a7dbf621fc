import { expect, test } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

const HOME_INSURANCE = 'Home insurance claim';
const B2B = 'B2B services: from first handshake to renewal';

/** Whether a colour leans to the warm gap tint rather than neutral white or grey. */
const isWarm = (hex: string): boolean => Number.parseInt(hex.slice(1, 3), 16) - Number.parseInt(hex.slice(5, 7), 16) > 4;

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

test('before a map has a lane, the canvas explains how to begin and offers the examples', async () => {
  await expect(workbench.emptyState).toContainText('drop one onto this window');
  await expect(workbench.emptyState.getByRole('button', { name: 'Add a journey lane' })).toBeVisible();
  await expect(workbench.emptyState.getByRole('button', { name: 'Add a process lane' })).toBeVisible();
  await expect(workbench.emptyState.getByRole('button', { name: new RegExp(`^${HOME_INSURANCE}`) })).toBeVisible();
  await expect(workbench.emptyState.getByRole('button', { name: new RegExp(`^${B2B}`) })).toBeVisible();
  expect((await workbench.map())?.lanes).toEqual([]);
  await workbench.screenshot('test-results/screenshots/empty-state.png');
});

test('opening an example shows its lanes, steps and gaps', async () => {
  await workbench.openTemplate(HOME_INSURANCE);

  const map = await workbench.map();
  expect(map?.lanes.map((lane) => lane.title)).toEqual(['Home owner', 'Neighbours, contractors', 'Contact centre', 'Claims handling', 'Finance']);
  expect(map?.steps).toHaveLength(16);
  const analysis = await workbench.analysis();
  expect(analysis?.lanes[0]).toMatchObject({ laneId: 'cust', coverage: 0.4 });
  expect(analysis?.lanes[0]?.gaps.map((gap) => gap.kind)).toEqual(['before', 'after']);

  await expect(workbench.canvas).toHaveAccessibleName(`${HOME_INSURANCE}: 5 lanes, 16 steps, 2 gaps`);
  await expect(workbench.gapsPanel).toContainText('40%');
  await expect(workbench.gapsPanel).toContainText('Storm damages the roof');

  // The canvas paints the shared layout: each card's kind accent sits where the layout puts it,
  // and the gap's columns are tinted where covered columns are not. A wide window shows them all.
  await workbench.page.setViewportSize({ width: 2200, height: 900 });
  const accentOf = async (id: string) => {
    const box = await workbench.stepBox(id);
    return workbench.canvasColourAt({ x: box.x + 2, y: box.y + box.height / 2 });
  };
  // The canvas repaints at the new size in a frame of its own: wait for the painted pixels.
  await expect.poll(() => accentOf('c1')).toBe('#2f5d7c');
  await expect.poll(() => accentOf('p2')).toBe('#5a7d6e');
  await expect.poll(() => accentOf('x1')).toBe('#9a8f7a');
  const journey = await workbench.laneBox('cust');
  const besideCard = async (column: number) => {
    const cell = await workbench.cellCenter('cust', column);
    return workbench.canvasColourAt({ x: cell.x - 168 / 2 + 3, y: journey.y + journey.height / 2 });
  };
  await expect.poll(async () => isWarm(await besideCard(1))).toBe(true);
  await expect.poll(() => besideCard(4)).toBe('#ffffff');

  await workbench.screenshot('test-results/screenshots/loaded-map.png');
  // The README shows the whole map, fitted to a wide window: its before and after gaps are the
  // point of the picture.
  await workbench.page.setViewportSize({ width: 2560, height: 900 });
  await workbench.page.evaluate(() => window.workbench.run('view.zoomFit'));
  await workbench.page.mouse.click(5, 5);
  await workbench.screenshot('assets/readme/workbench.png');
});

test('Open… opens a .journey file chosen in the file chooser', async () => {
  await workbench.openWithChooser(projectFile('tests/fixtures/examples/b2b-services.journey'));
  await expect(workbench.mapTitle).toHaveText(B2B);
  expect((await workbench.map())?.id).toBe('b2b');
  await expect(workbench.gapsPanel).toContainText('Operations manager at a client');
});

test('a file dropped onto the window opens', async () => {
  await workbench.dropFile(projectFile('tests/fixtures/examples/home-insurance-claim.journey'));
  await expect(workbench.mapTitle).toHaveText(HOME_INSURANCE);
  expect((await workbench.map())?.id).toBe('home-claim');
});

test('a file that is not a map is explained, and the map on screen stays', async () => {
  await workbench.openTemplate(HOME_INSURANCE);
  await workbench.openWithChooser({ name: 'notes.journey', text: 'Call the assessor back on Monday.' });

  await expect(workbench.problemMessage).toContainText('“notes.journey” could not be opened.');
  await expect(workbench.problemMessage).toContainText('The file is not valid JSON');
  await expect(workbench.problemMessage).toContainText('The map on screen is unchanged.');
  await expect(workbench.mapTitle).toHaveText(HOME_INSURANCE);
  expect((await workbench.map())?.id).toBe('home-claim');
  await workbench.screenshot('test-results/screenshots/bad-file.png');

  await workbench.problemMessage.getByRole('button', { name: 'Dismiss' }).click();
  await expect(workbench.problemMessage).toBeHidden();
  await expect(workbench.mapTitle).toHaveText(HOME_INSURANCE);
});

test('a file with invalid fields names where the problem is', async () => {
  const broken = JSON.stringify({
    format: 'outside-in.journey',
    version: 1,
    map: { id: 'm', title: 'Broken', lanes: [{ id: 'j', kind: 'journey', title: 'Customer' }], steps: [{ id: 's', laneId: 'j', title: 'Step', column: -1 }] },
  });
  await workbench.openWithChooser({ name: 'broken.journey', text: broken });
  await expect(workbench.problemMessage).toContainText('$.map.steps[0].column');
  await expect(workbench.emptyState).toBeVisible();
});

test('window.workbench.load opens a valid map and refuses an invalid one with its problems', async () => {
  const text = projectFile('tests/fixtures/examples/b2b-services.journey').text;
  await workbench.page.evaluate((json) => window.workbench.load(JSON.parse(json) as object), text);
  await expect(workbench.mapTitle).toHaveText(B2B);

  const refusal = await workbench.page.evaluate(() => {
    try {
      window.workbench.load('{"format":"something else"}');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  expect(refusal).toContain('$.format');
  await expect(workbench.mapTitle).toHaveText(B2B);
});
