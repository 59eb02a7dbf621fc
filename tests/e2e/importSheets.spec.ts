import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { dataExportBytes } from '../../shared/format/exports/dataExport';
import { importFile } from '../../shared/format/importers';
import { parse } from '../../shared/format/parse';
import { writeWorkbook } from '../../shared/format/sheets/xlsxWriter';
import { syntheticMap } from '../bench/syntheticMap';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// Spreadsheets and Mermaid in the browser edition: a workbook dropped on the window goes through
// the Import dialog (read in the worker) and opens as a map with its gaps; Export ▸ Excel downloads
// a workbook that opens again as the same map; a Mermaid journey comes in through Import….

const HOME_INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');
const fixture = (path: string): Buffer => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)));

/** A client's journey as they would type it in Excel: stages, the customer's steps, two teams. */
const CLIENT_SHEET = Buffer.from(
  writeWorkbook([
    {
      name: 'Journey',
      rows: [
        ['Stage', 'Lane', 'Title', 'Column', 'Emotion', 'Pain points', 'Owner'],
        ['Aware', 'Customer', 'Storm damages the roof', 1, -2, 'Water in the attic', null],
        ['Aware', 'Customer', 'Looks up the policy', 2, -1, null, null],
        ['Claim', 'Customer', 'Calls the insurer', 3, 0, null, null],
        ['Claim', 'Claims desk', 'Registers the claim', 3, null, null, 'Claims desk'],
        ['Repair', 'Customer', 'Hires a roofer', 4, -1, 'Has to find one alone', null],
        ['Repair', 'Payments', 'Pays the roofer', 5, null, null, 'Finance'],
        ['Repair', 'Customer', 'Roof is fixed', 5, 2, null, null],
      ],
    },
  ]),
);

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

const importDialog = (page: Page) => page.getByRole('dialog', { name: /^Import “/ });

test('a workbook dropped on the window opens through the Import dialog as a map with its gaps', async ({ page }) => {
  await workbench.dropBytes('Roof claim.xlsx', CLIENT_SHEET);
  const dialog = importDialog(page);
  await expect(dialog.getByText('An Excel workbook. Choose what comes in and where it goes.')).toBeVisible();
  await expect(dialog.getByText('Makes a journey of 5 steps, 2 touchpoints · 2 process lanes with 2 steps.')).toBeVisible();
  await workbench.screenshot('assets/readme/import-sheet-dialog.png');

  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(workbench.mapTitle).toHaveText('Roof claim');
  const map = (await workbench.map())!;
  expect(map.lanes.map((lane) => `${lane.kind}: ${lane.title}`)).toEqual(['journey: Customer', 'process: Claims desk', 'process: Payments']);
  expect(map.stages.map((stage) => stage.title)).toEqual(['Aware', 'Claim', 'Repair']);
  await expect(workbench.gapsPanel.getByText('Storm damages the roof')).toBeVisible();
  await expect(workbench.gapsPanel.getByText('Hires a roofer')).toBeVisible();
  await workbench.screenshot('assets/readme/import-sheet-map.png');
});

test('a 10,000-row workbook is read in the worker and opens', async ({ page }) => {
  const map = syntheticMap(10_000);
  const bytes = Buffer.from(await dataExportBytes(map, 'xlsx'));
  await workbench.dropBytes('Process inventory.xlsx', bytes);
  const dialog = importDialog(page);
  await expect(dialog.getByText(/^Makes a journey of [\d,]+ steps/)).toBeVisible({ timeout: 20_000 });
  await dialog.getByRole('button', { name: 'Import' }).click();
  // The workbook's second sheet names the map.
  await expect(workbench.mapTitle).toHaveText(map.title);
  expect((await workbench.map())!.steps).toHaveLength(10_000);
});

test('a sheet with a value that would be lost is refused in the dialog with its row and column', async ({ page }) => {
  await workbench.dropBytes('typo.csv', Buffer.from('Title,Emotion\nPays,-3\n'));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText('Row 2, column "Emotion": "-3" is outside -2…2.');
});

test('Export ▸ Excel downloads a workbook that opens again as the same map', async ({ page }) => {
  await workbench.load(HOME_INSURANCE);
  const downloading = page.waitForEvent('download');
  await workbench.toolbar.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Export Excel…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Home insurance claim.xlsx');
  const bytes = await readFile((await download.path())!);
  const parsed = parse(HOME_INSURANCE.text);
  if (!parsed.ok) throw new Error('the example map does not load');
  const reread = await importFile(new Uint8Array(bytes), 'Home insurance claim.xlsx');
  if (!reread.ok) throw new Error(reread.problems[0]!.message);
  expect(reread.map).toEqual(parsed.value);

  // And in the app: the downloaded workbook dropped back on the window gives the map again.
  await workbench.page.evaluate(() => window.workbench.run('file.new'));
  await workbench.dropBytes('Home insurance claim.xlsx', bytes);
  await importDialog(page).getByRole('button', { name: 'Import' }).click();
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  expect(await workbench.map()).toEqual(parsed.value);
});

test('a Mermaid journey from Mermaid’s docs comes in through File ▸ Import…', async ({ page }) => {
  await workbench.importWithChooser('working-day.mmd', fixture('mermaid/working-day.mmd'), 'text/plain');
  const dialog = importDialog(page);
  await expect(dialog.getByText('A Mermaid journey. Choose what comes in and where it goes.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(workbench.mapTitle).toHaveText('My working day');
  const map = (await workbench.map())!;
  expect(map.steps.filter((step) => step.laneId === map.lanes[0]!.id).map((step) => step.emotion)).toEqual([2, 0, -2, 2, 2]);
});
