import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { WorkbenchPage } from './support/workbenchPage';

// File ▸ Import… of a BPMN 2.0 model: the file is read in a worker while the dialog shows it, the
// dialog offers the pools, lanes and customer, and the map arrives fitted, its gaps in the panel.

const bpmn = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/bpmn/${name}`, import.meta.url)));

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

const importDialog = (page: Page) => page.getByRole('dialog', { name: /^Import “/ });

test('a BPMN model imports through the dialog: the customer guessed, the journey over the insurer’s lanes, its gaps shown', async ({ page }) => {
  await workbench.importWithChooser('home-insurance-claim.bpmn', bpmn('home-insurance-claim.bpmn'));
  const dialog = importDialog(page);
  await expect(dialog.getByLabel('The customer’s pool')).toHaveValue('p_customer');
  await expect(dialog.getByRole('option', { name: 'Customer (guessed)' })).toBeAttached();
  await expect(dialog.getByRole('checkbox', { name: 'Assessor' })).toBeChecked();
  await expect(dialog.getByText('Makes a journey of 8 steps, 5 touchpoints · 3 process lanes with 6 steps.')).toBeVisible();
  await workbench.screenshot('assets/readme/import-bpmn-dialog.png');

  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.mapTitle).toHaveText('home-insurance-claim');
  const map = (await workbench.map())!;
  expect(map.lanes.map((lane) => `${lane.kind}: ${lane.title}`)).toEqual(['journey: Customer', 'process: Claims desk', 'process: Assessor', 'process: Payments']);
  await expect(workbench.gapsPanel.getByText('Storm damages the roof')).toBeVisible();
  await expect(workbench.gapsPanel.getByText('Hires a roofer')).toBeVisible();
  const findings = page.getByRole('status', { name: 'What the import read past' });
  await expect(findings).toContainText('placed in a lane by where it is drawn');
  // The list leaves the canvas's palette free to use.
  const [list, palette] = await Promise.all([findings.boundingBox(), page.locator('.canvas-palette').boundingBox()]);
  const overlaps = list!.x < palette!.x + palette!.width && palette!.x < list!.x + list!.width && list!.y < palette!.y + palette!.height && palette!.y < list!.y + list!.height;
  expect(overlaps).toBe(false);
  await workbench.screenshot('test-results/screenshots/import-bpmn-map-fitted.png');
  // The README's picture: the outline (the same steps as a list) set aside, so the map is larger.
  await workbench.toolbar.getByRole('button', { name: 'Show outline' }).click();
  await workbench.toolbar.getByRole('button', { name: 'Fit to window' }).click();
  await workbench.screenshot('assets/readme/import-bpmn-map.png');
  await findings.getByRole('button', { name: 'Dismiss' }).click();
  await expect(findings).toBeHidden();
});

test('a real Signavio export dropped on the window opens the dialog; unticking a pool leaves it out', async ({ page }) => {
  await workbench.dropBytes('C.2.0-export.bpmn', bpmn('miwg-C.2.0-signavio.bpmn'));
  const dialog = importDialog(page);
  await expect(dialog.getByLabel('The customer’s pool')).toHaveValue(/.+/);
  await dialog.getByRole('checkbox', { name: 'Carrier' }).uncheck();
  await workbench.screenshot('test-results/screenshots/import-bpmn-signavio-dialog.png');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(workbench.mapTitle).toHaveText('C.2.0-export');
  const titles = (await workbench.map())!.lanes.map((lane) => lane.title);
  expect(titles[0]).toBe('Customer');
  expect(titles).not.toContain('Carrier');
  await workbench.screenshot('test-results/screenshots/import-bpmn-signavio.png');
});

test('importing a newer version into the map updates its steps instead of adding them again', async ({ page }) => {
  await workbench.importWithChooser('home-insurance-claim.bpmn', bpmn('home-insurance-claim.bpmn'));
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(workbench.mapTitle).toHaveText('home-insurance-claim');
  const newer = Buffer.from(bpmn('home-insurance-claim.bpmn').toString('utf8').replace('name="Check the policy"', 'name="Check the policy and the excess"'));
  await workbench.importWithChooser('home-insurance-claim.bpmn', newer);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('radio', { name: /This map: update the 14 steps imported from this file before/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import' }).click();
  const map = (await workbench.map())!;
  expect(map.steps).toHaveLength(14);
  expect(map.steps.map((step) => step.title)).toContain('Check the policy and the excess');
});

test('a process without a customer goes into this map, pinned between two journey steps', async ({ page }) => {
  await workbench.openTemplate('Home insurance claim');
  await workbench.importWithChooser('claims-back-office.bpmn', bpmn('miwg-A.1.0-iso-8859-1.bpmn'));
  const dialog = importDialog(page);
  await expect(dialog.getByLabel('The customer’s pool')).toHaveValue('');
  // An unnamed process is offered under the name its lane will have.
  await expect(dialog.getByRole('checkbox', { name: 'claims-back-office' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'This map' }).check();
  await dialog.getByLabel('First activity at').selectOption({ label: 'Calls the insurer (column 4)' });
  await dialog.getByLabel('Last activity at').selectOption({ label: 'Gets the decision (column 6)' });
  await workbench.screenshot('test-results/screenshots/import-bpmn-pin-dialog.png');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  const map = (await workbench.map())!;
  const lane = map.lanes.find((candidate) => candidate.title === 'claims-back-office')!;
  expect(lane.kind).toBe('process');
  const placed = map.steps.filter((step) => step.laneId === lane.id).map((step) => `${step.column}: ${step.title}`);
  expect(placed.sort()).toEqual(['3: Task 1', '4: Task 2', '5: Task 3']);
  await workbench.screenshot('test-results/screenshots/import-bpmn-pinned.png');
});

test('a broken model is refused in plain words and the map stays', async ({ page }) => {
  await workbench.dropBytes('billing.bpmn', bpmn('broken-duplicate-ids.bpmn'));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('alert')).toContainText('The id “Task_1” is used by two elements of the file.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.emptyState).toBeVisible();
});

test('the window keeps answering while a large model is read, and the reading can be cancelled', async ({ page }) => {
  // About 18 MB: 9,000 tasks of 60 notes each, seconds of reading in the worker (long names alone
  // read in a fraction of that, and the file could be read before Cancel is pressed).
  const notes = '<documentation>a</documentation>'.repeat(60);
  const tasks = Array.from({ length: 9000 }, (_, index) => `<task id="t${index}" name="Task ${index}">${notes}</task>`).join('');
  const large = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p">${tasks}</process></definitions>`);
  await workbench.importWithChooser('landscape.bpmn', large);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('progressbar', { name: 'Reading the file' })).toBeVisible();
  // Ten frames painted while the file is still being read: the page's thread is free.
  await page.evaluate(() => new Promise<void>((resolve) => {
    let frames = 0;
    const tick = (): void => (++frames === 10 ? resolve() : void requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }));
  await expect(dialog.getByRole('progressbar', { name: 'Reading the file' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.emptyState).toBeVisible();
});

test('a BPMN model opened with Open… lists what the import read past, as Import… does; the next map opened clears it', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await workbench.toolbar.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'home-insurance-claim.bpmn', mimeType: 'application/octet-stream', buffer: bpmn('home-insurance-claim.bpmn') });
  await expect(workbench.mapTitle).toHaveText('home-insurance-claim');
  const findings = page.getByRole('status', { name: 'What the import read past' });
  await expect(findings).toContainText('“home-insurance-claim.bpmn” was imported');
  await expect(findings).toContainText('placed in a lane by where it is drawn');

  await workbench.openWithChooser({ name: 'b2b-services.journey', text: readFileSync(fileURLToPath(new URL('../fixtures/examples/b2b-services.journey', import.meta.url)), 'utf8') });
  await expect(findings).toBeHidden();
});
