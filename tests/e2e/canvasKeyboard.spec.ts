import { expect, test } from '@playwright/test';
import { centre, projectFile, WorkbenchPage } from './support/workbenchPage';

// The canvas from the keyboard and the clipboard: arrows between cards, the focus ring, naming what
// was just added as one undo entry, Escape during a palette drag, copy and paste of cards.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

// A projector-sized window: the canvas between the outline and the sidebar shows about eight columns.
test.use({ viewport: { width: 1920, height: 1080 } });

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});


test('on the focused canvas the arrows move the selection from card to card, and Enter edits the selected title', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const field = page.getByRole('textbox', { name: 'Step title' });
  /** The title of the selected card, read from its in-place editor (Enter opens it, Escape leaves it as it was). */
  const selectedTitle = async (): Promise<string> => {
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    const title = await field.inputValue();
    await page.keyboard.press('Escape');
    await expect(workbench.canvas).toBeFocused();
    return title;
  };

  const first = await workbench.stepBox('c1');
  await page.mouse.click(first.x + first.width / 2, first.y + first.height / 2);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await selectedTitle()).toBe('Looks up the policy');
  await page.keyboard.press('ArrowLeft');
  expect(await selectedTitle()).toBe('Makes the house safe');
  // Down to the customer's company under the same moment, then to the organisation's lanes.
  await page.keyboard.press('ArrowDown');
  expect(await selectedTitle()).toBe('Neighbour helps tarp the roof');
  await page.keyboard.press('ArrowDown');
  expect(await selectedTitle()).toBe('Register the claim');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await selectedTitle()).toBe('Makes the house safe');

  // Enter edits the selected card's title in place; the keys carry on afterwards.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Covers the roof');
  await page.keyboard.press('Enter');
  expect((await workbench.map())!.steps.find((step) => step.id === 'c2')!.title).toBe('Covers the roof');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F2');
  await expect(field).toHaveValue('Looks up the policy');
  await page.keyboard.press('Escape');

  // With nothing selected an arrow takes the first card in view.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  expect(await selectedTitle()).toBe('Storm damages the roof');
});

test('the canvas shows its focus ring when reached with the keyboard, not when pressed with the mouse', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const ring = () => workbench.canvas.evaluate((element) => getComputedStyle(element, '::after').boxShadow);
  const box = await workbench.stepBox('c4');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(workbench.canvas).toBeFocused();
  expect(await ring()).toBe('none');
  // A title edited after a double-click hands focus back without a ring.
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Enter');
  await expect(workbench.canvas).toBeFocused();
  expect(await ring()).toBe('none');

  await workbench.paletteStep.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(workbench.canvas).toBeFocused();
  expect(await ring()).not.toBe('none');
  await workbench.screenshot('test-results/screenshots/canvas-keyboard-focus.png');
});

test('a card added by double-click and named straight away is one undo entry; naming it again later is another', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const cell = await workbench.cellCenter('claims', 1);
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.type('Opens a file');
  await page.keyboard.press('Enter');
  const added = (await workbench.map())!.steps.find((step) => step.title === 'Opens a file')!;
  expect(added).toMatchObject({ laneId: 'claims', column: 1 });

  const box = await workbench.stepBox(added.id);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Opens the claim file');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.steps.find((step) => step.id === added.id)!.title).toBe('Opens a file');
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.steps.map((step) => step.id)).not.toContain(added.id);
  expect((await workbench.map())!.steps).toHaveLength(16);
});

test('Escape during a palette drag drops the chip nowhere: nothing is added', async ({ page }) => {
  await workbench.openWithChooser(HOME_INSURANCE);
  const before = (await workbench.map())!;
  await workbench.drag(centre((await workbench.paletteStep.boundingBox())!), await workbench.cellCenter('claims', 2), { release: false });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect((await workbench.map())!.steps).toEqual(before.steps);
  expect(await workbench.run('history.undo')).toBe(false);
});

test('copied cards paste into another map, through the clipboard as JSON text', async ({ page }) => {
  const click = async (stepId: string, withShift = false) => {
    const { x, y } = centre(await workbench.stepBox(stepId));
    if (withShift) await page.keyboard.down('Shift');
    await page.mouse.click(x, y);
    if (withShift) await page.keyboard.up('Shift');
  };
  await workbench.openWithChooser(HOME_INSURANCE);
  await click('c4');
  await click('p1', true);
  await page.keyboard.press('Control+C');

  await workbench.openWithChooser(projectFile('assets/templates/b2b-services.journey'));
  const before = (await workbench.map())!.steps.length;
  await click('b10');
  await page.keyboard.press('Control+V');
  const after = (await workbench.map())!;
  expect(after.steps).toHaveLength(before + 2);
  expect(after.steps.slice(before).map((step) => step.title).sort()).toEqual(['Calls the insurer', 'Register the claim']);
  // One paste, one undo step.
  await page.keyboard.press('Control+Z');
  expect((await workbench.map())!.steps).toHaveLength(before);
});

test('pasting a clipboard with nothing to paste says so at the foot of the window and changes nothing', async ({ page }) => {
  await workbench.openWithChooser(HOME_INSURANCE);
  const before = (await workbench.map())!;
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '  \n\t  ');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  const notice = page.getByRole('status');
  await expect(notice).toContainText('The clipboard holds no text to paste as steps.');
  await workbench.screenshot('test-results/screenshots/status-notice.png');
  expect((await workbench.map())!.steps).toEqual(before.steps);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeEmpty();
});
