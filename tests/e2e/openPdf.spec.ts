import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { onePagePdf, outsideInPdf } from '../unit/support/pdfs';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// A PDF exported by Outside-In carries its map: the browser edition opens it by upload (`?host=download`,
// see WorkbenchPage.goto) and by drop, as an untitled copy named like the PDF, so Save asks where
// and never writes the map over the PDF.

const HOME_INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await workbench.goto();
});

const fileState = () => workbench.page.evaluate(() => window.workbench.fileState());

/** Opens bytes the way a user does: Open…, then the file chooser. */
async function upload(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await workbench.toolbar.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
}

/** File ▸ New ▸ Blank map: an untitled map, so the next file opened is seen to arrive. */
async function newMap(): Promise<void> {
  await workbench.toolbar.getByRole('button', { name: 'New', exact: true }).click();
  await workbench.page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: /^Blank map/ }).click();
  await expect(workbench.mapTitle).toHaveText('Untitled map');
}

/** The map as the app shows it after opening the .journey file itself. */
async function mapOfJourneyFile(): Promise<unknown> {
  await workbench.openWithChooser(HOME_INSURANCE);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  return workbench.map();
}

test('an uploaded Outside-In PDF opens as its map, untitled and named like the PDF, and Save asks where', async ({ page }) => {
  const expected = await mapOfJourneyFile();
  await newMap();

  await upload(page, 'Claim report.pdf', await outsideInPdf(HOME_INSURANCE.text));
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  expect(await workbench.map()).toEqual(expected);
  expect(await fileState()).toMatchObject({ handle: null, fileName: 'Claim report.journey', dirty: false });
  await expect(page).toHaveTitle('Claim report.journey — Outside-In');

  // Save has no file to write to: it asks where (here: downloads), under the PDF's name as a .journey.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Claim report.journey');
  expect(await readFile(await saved.path(), 'utf8')).toBe(serialise((await workbench.map()) as JourneyMap));
});

test('a dropped Outside-In PDF opens as its map', async () => {
  const expected = await mapOfJourneyFile();
  await newMap();

  await workbench.dropBytes('claim.pdf', await outsideInPdf(HOME_INSURANCE.text), 'application/pdf');
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
  expect(await workbench.map()).toEqual(expected);
  expect(await fileState()).toMatchObject({ handle: null, fileName: 'claim.journey', dirty: false });
});

test('a PDF without a map says so, and the map on screen stays', async ({ page }) => {
  const before = await mapOfJourneyFile();
  await workbench.dropBytes('minutes.pdf', await onePagePdf(), 'application/pdf');
  await expect(workbench.problemMessage).toContainText('“minutes.pdf” could not be opened.');
  await expect(workbench.problemMessage).toContainText('This PDF carries no map: only PDFs exported by Outside-In can be opened.');
  expect(await workbench.map()).toEqual(before);
  expect(await fileState()).toMatchObject({ fileName: 'home-insurance-claim.journey', dirty: false });

  await workbench.problemMessage.getByRole('button', { name: 'Dismiss' }).click();
  await upload(page, 'minutes.pdf', await onePagePdf());
  await expect(workbench.problemMessage).toContainText('This PDF carries no map: only PDFs exported by Outside-In can be opened.');
  expect(await workbench.map()).toEqual(before);
});
