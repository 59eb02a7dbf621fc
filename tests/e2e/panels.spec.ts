import { expect, test, type Locator } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The DOM panels beside the canvas: gaps, outline, inspector, toolbar. The canvas has its own spec.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

const gapsPanel = (): Locator => workbench.page.getByRole('region', { name: 'Gaps' });
const outline = (): Locator => workbench.page.getByRole('region', { name: 'Outline' });
const inspector = (): Locator => workbench.page.getByRole('complementary', { name: 'Details' });

async function loadHomeInsurance(): Promise<void> {
  await workbench.page.evaluate((text) => window.workbench.load(text), HOME_INSURANCE.text);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
}

test('the gaps panel lists each gap with its kind, steps and company; a click selects the gap', async () => {
  await loadHomeInsurance();
  const gaps = gapsPanel();
  await expect(gaps).toContainText('40%');
  const before = gaps.getByRole('button', { name: /^Before/ });
  const after = gaps.getByRole('button', { name: /^After/ });
  await expect(before).toContainText('Storm damages the roof');
  await expect(before).toContainText('Looks up the policy');
  await expect(before).toContainText('With the customer: Neighbour helps tarp the roof');
  await expect(after).toContainText('Renews or leaves');
  await expect(gaps).toContainText('Month-end reserve booking');

  const revealed = workbench.page.evaluate(
    () => new Promise<string[]>((resolve) => window.addEventListener('outside-in:reveal-steps', (event) => resolve([...(event as CustomEvent<{ stepIds: string[] }>).detail.stepIds]), { once: true })),
  );
  await after.click();
  expect(await revealed).toEqual(['c8', 'c9', 'c10']);
  await expect(inspector()).toContainText('3 steps selected');
  // The selection shows in the outline too.
  await expect(outline().locator('.outline-step--selected')).toHaveCount(3);
  await workbench.screenshot('test-results/screenshots/panels-gap-selected.png');
});

test('a map is built from an empty document by keyboard in the outline', async ({ page }) => {
  await outline().getByRole('button', { name: 'Add journey lane' }).click();
  // The new lane's title has focus, its default text selected: typing replaces it.
  await page.keyboard.type('Home owner');
  await page.keyboard.press('Enter');
  for (const title of ['Storm damages the roof', 'Calls the insurer', 'Gets the decision']) {
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
  }
  // Enter left an empty fourth step; Delete on an empty title removes it.
  await page.keyboard.press('Delete');

  await outline().getByRole('button', { name: 'Add process lane' }).click();
  await page.keyboard.type('Contact centre');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Register the claim');

  let map = await workbench.map();
  const journeyId = map!.lanes.find((lane) => lane.kind === 'journey')!.id;
  const processId = map!.lanes.find((lane) => lane.kind === 'process')!.id;
  expect(map!.steps.filter((step) => step.laneId === journeyId).map((step) => [step.title, step.column])).toEqual([
    ['Storm damages the roof', 0],
    ['Calls the insurer', 1],
    ['Gets the decision', 2],
  ]);

  // Alt+↓ moves the focused step to the next lane; focus stays on it.
  await outline().getByRole('textbox', { name: 'Step 2 of Home owner, column 2' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Step 2 of Contact centre, column 2' })).toBeFocused();
  map = await workbench.map();
  expect(map!.steps.find((step) => step.title === 'Calls the insurer')).toMatchObject({ laneId: processId, column: 1 });

  // Alt+→ moves it a column; Ctrl+Delete removes it, whatever its title.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Step 2 of Contact centre, column 3' })).toBeFocused();
  await workbench.screenshot('test-results/screenshots/panels-outline-keyboard.png');
  await page.keyboard.press('Control+Delete');
  map = await workbench.map();
  expect(map!.steps.map((step) => step.title).sort()).toEqual(['Gets the decision', 'Register the claim', 'Storm damages the roof']);
  await expect(page.getByRole('textbox', { name: 'Step 1 of Contact centre, column 1' })).toBeFocused();

  const analysis = await workbench.analysis();
  expect(analysis!.lanes[0]).toMatchObject({ steps: 2, covered: 1 });
  await expect(gapsPanel()).toContainText('50%');
  await expect(gapsPanel().getByRole('button', { name: /^After/ })).toContainText('Gets the decision');
});

test('the inspector edits a step and refuses a column that is not a whole number', async ({ page }) => {
  await loadHomeInsurance();
  await outline().getByRole('textbox', { name: 'Step 4 of Home owner, column 4' }).focus();
  const column = inspector().getByRole('textbox', { name: 'Column', exact: true });
  await column.fill('two');
  await column.press('Enter');
  await expect(inspector()).toContainText('Enter a whole number.');
  await expect(column).toHaveAttribute('aria-invalid', 'true');
  expect((await workbench.map())!.steps.find((step) => step.id === 'c4')!.column).toBe(3);

  await column.fill('0');
  await column.press('Enter');
  await expect(inspector()).toContainText('Columns are counted from 1.');

  await inspector().getByRole('textbox', { name: 'Span (columns)' }).fill('2');
  await inspector().getByRole('textbox', { name: 'Span (columns)' }).press('Enter');
  expect((await workbench.map())!.steps.find((step) => step.id === 'c4')!.span).toBe(2);
  await workbench.screenshot('test-results/screenshots/panels-inspector.png');

  // One field edit, one undo.
  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await workbench.map())!.steps.find((step) => step.id === 'c4')!.span).toBe(1);
});

test('the toolbar runs commands from the registry and shows their state', async ({ page }) => {
  // Wide enough for the toolbar's Add lane ▾ of its own (narrower windows fold it into Add ▾).
  await page.setViewportSize({ width: 1440, height: 800 });
  const undo = workbench.toolbar.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', /^Undo \((Ctrl\+Z|⌘Z)\)$/);

  await workbench.toolbar.getByRole('button', { name: 'Add lane' }).click();
  const menu = page.getByRole('menu', { name: 'Add lane' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Add journey lane', 'Add context lane', 'Add process lane']);
  await expect(menu.getByRole('menuitem', { name: 'Add journey lane' })).toBeFocused();
  await workbench.screenshot('test-results/screenshots/panels-add-lane-menu.png');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  expect((await workbench.map())!.lanes.map((lane) => lane.kind)).toEqual(['process']);
  await expect(undo).toBeEnabled();

  await undo.click();
  expect((await workbench.map())!.lanes).toEqual([]);
  await expect(workbench.toolbar.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('with nothing selected, the inspector names the map, its client and its author for the report cover; one undo per field', async () => {
  await loadHomeInsurance();
  const details = inspector();
  await details.getByRole('textbox', { name: 'Client' }).fill('Northwind Mutual');
  await details.getByRole('textbox', { name: 'Author' }).fill('Alex Morgan');
  await details.getByRole('textbox', { name: 'Author' }).press('Enter');
  const map = await workbench.page.evaluate(() => window.workbench.getMap());
  expect(map).toMatchObject({ client: 'Northwind Mutual', author: 'Alex Morgan' });

  await workbench.page.evaluate(() => window.workbench.run('history.undo'));
  const undone = await workbench.page.evaluate(() => window.workbench.getMap());
  expect(undone.client).toBe('Northwind Mutual');
  expect(undone.author).toBeUndefined();
});
