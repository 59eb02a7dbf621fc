import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from '../../shared/format/parse';
import { layoutMap } from '../../shared/layout/layoutMap';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { zipEntries } from '../unit/support/zipEntries';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// File ▸ Export in the browser edition: images download (`?host=download`: headless Chromium has
// the save picker but no way to drive it); the PDF report opens in a tab of its own to be printed.

const HOME_INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');
const MAP = ((): JourneyMap => {
  const parsed = parse(HOME_INSURANCE.text);
  if (!parsed.ok) throw new Error('the example map does not load');
  return parsed.value;
})();

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(HOME_INSURANCE);
});

const exportButton = () => workbench.toolbar.getByRole('button', { name: 'Export' });
const exportMenu = () => workbench.page.getByRole('menu', { name: 'Export' });
const notice = () => workbench.page.getByRole('status');

/** Runs `act` and returns the download it causes. */
async function downloadOf(page: Page, act: () => Promise<unknown>): Promise<Download> {
  const download = page.waitForEvent('download');
  await act();
  return download;
}

/** Chooses an entry of the toolbar's Export menu with the mouse. */
async function chooseExport(entry: 'Export PDF…' | 'Export PNG…' | 'Export SVG…' | 'Export PowerPoint…'): Promise<void> {
  await exportButton().click();
  await exportMenu().getByRole('menuitem', { name: entry }).click();
}

test('the toolbar’s Export menu is reached and used with the keyboard alone', async ({ page }) => {
  await workbench.toolbar.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(exportButton()).toBeFocused();
  await expect(exportButton()).toHaveAttribute('aria-haspopup', 'menu');

  await page.keyboard.press('Enter');
  await expect(exportButton()).toHaveAttribute('aria-expanded', 'true');
  const items = exportMenu().getByRole('menuitem');
  await expect(items).toHaveText([/^Export PDF…\s*Ctrl\+Shift\+E$/, 'Export PNG…', 'Export SVG…', 'Export PowerPoint…', 'Export Excel…', 'Export CSV…', 'Export Mermaid…']);
  await expect(items.first()).toBeFocused();
  await workbench.screenshot('test-results/screenshots/export-menu.png');

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(exportMenu()).toBeHidden();
  await expect(exportButton()).toBeFocused();

  // Enter, Down, Enter: the PNG.
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  const download = await downloadOf(page, () => page.keyboard.press('Enter'));
  expect(download.suggestedFilename()).toBe('Home insurance claim.png');
  await expect(notice()).toHaveText(/Exported “Home insurance claim\.png”\./);
});

test('Export PowerPoint downloads the deck, laid out in the page: a slide per stage and six more, the map in the last notes', async ({ page }) => {
  const download = await downloadOf(page, () => chooseExport('Export PowerPoint…'));
  expect(download.suggestedFilename()).toBe('Home insurance claim.pptx');
  const entries = zipEntries(await readFile(await download.path()));
  const slides = [...entries.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(9);
  expect(entries.get('ppt/slides/slide5.xml')).toContain('Waits for the');
  expect(entries.get('ppt/notesSlides/notesSlide9.xml')).toContain('outside-in.journey');
  await expect(notice()).toHaveText(/Exported “Home insurance claim\.pptx”\./);
});

test('Export PNG downloads a PNG of the whole map at twice its size', async ({ page }) => {
  const download = await downloadOf(page, () => chooseExport('Export PNG…'));
  expect(download.suggestedFilename()).toBe('Home insurance claim.png');
  const png = await readFile(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, right after the signature and the chunk header.
  const layout = layoutMap(MAP);
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: Math.round(layout.width * 2), height: Math.round(layout.height * 2) });
  // The browser decodes it: a whole PNG, not just its header.
  const decoded = await page.evaluate(
    `(async () => { const image = new Image(); image.src = 'data:image/png;base64,${png.toString('base64')}'; await image.decode(); return image.naturalWidth; })()`,
  );
  expect(decoded).toBe(Math.round(layout.width * 2));
});

test('while a PNG is painted the status says so, and a second Export PNG starts nothing', async ({ page }) => {
  // The PNG painter loads on first use: holding its module back holds the export mid-way, as a
  // large map's painting would, for as long as the test needs.
  let releasePainter = (): void => undefined;
  const painterHeld = new Promise<void>((resolve) => {
    releasePainter = resolve;
  });
  await page.route(/\/mapPng-[^/]*\.js$/, async (route) => {
    await painterHeld;
    await route.continue();
  });
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));

  await chooseExport('Export PNG…');
  await expect(notice()).toHaveText(/Exporting PNG…/);
  await exportButton().click();
  for (const entry of ['Export PDF…', 'Export PNG…', 'Export SVG…']) await expect(exportMenu().getByRole('menuitem', { name: entry })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  // The command itself, as the native menu or a shortcut would run it, is turned down too.
  expect(await page.evaluate(`window.workbench.run('file.exportPng')`)).toBe(false);

  releasePainter();
  await expect(notice()).toHaveText(/Exported “Home insurance claim\.png”\./);
  // Another export now runs; the downloads arrive in order, so by its own every earlier one is here: one PNG, not two.
  await downloadOf(page, () => chooseExport('Export SVG…'));
  await expect(notice()).toHaveText(/Exported “Home insurance claim\.svg”\./);
  expect(downloads.map((download) => download.suggestedFilename())).toEqual(['Home insurance claim.png', 'Home insurance claim.svg']);
});

test('Export SVG downloads a well-formed SVG with real text: one <text> per step title', async ({ page }) => {
  const download = await downloadOf(page, () => chooseExport('Export SVG…'));
  expect(download.suggestedFilename()).toBe('Home insurance claim.svg');
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const read = await page.evaluate(
    `(() => {
      const document = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return {
        root: document.documentElement.localName,
        error: document.getElementsByTagName('parsererror').length > 0,
        texts: [...document.getElementsByTagName('text')].map((text) => [...text.childNodes].map((line) => line.textContent).join(' ')),
      };
    })()`,
  );
  expect(read).toMatchObject({ root: 'svg', error: false });
  const texts = (read as { texts: string[] }).texts.map((text) => text.replace(/\s+/g, ' ').trim());
  for (const step of MAP.steps) expect(texts.filter((text) => text === step.title.replace(/\s+/g, ' ').trim()), step.title).toHaveLength(1);
  await expect(notice()).toHaveText(/Exported “Home insurance claim\.svg”\./);
});

test('Export PDF asks for the sheet, opens the report in a new tab to print, and remembers the sheet', async ({ page }) => {
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  // The preferred page size (A4 until changed) in landscape, with Open Report ready for Enter.
  await expect(dialog.getByRole('radio', { name: 'A4' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Landscape' })).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Open Report' })).toBeFocused();
  await dialog.getByRole('radio', { name: 'A3' }).check();
  await dialog.getByRole('radio', { name: 'Portrait' }).check();
  await workbench.screenshot('test-results/screenshots/export-pdf-dialog.png');

  // The print dialog would hold the tab's page still; the tab counts the requests to print instead.
  await page.context().addInitScript('window.print = () => { window.printRequests = (window.printRequests ?? 0) + 1; };');
  const popup = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Open Report' }).click();
  const report = await popup;
  await expect(report).toHaveURL(/\/report\.html$/);
  await expect(report.getByText('Home insurance claim').first()).toBeVisible();
  await expect.poll(() => report.evaluate('window.printRequests')).toBe(1);
  // The sheet chosen reached the report page: A3 upright, 297 mm wide and 420 mm high.
  const sheet = await report.evaluate(`(() => { const style = getComputedStyle(document.documentElement); return [style.getPropertyValue('--sheet-width'), style.getPropertyValue('--sheet-height')].map((value) => value.trim()); })()`);
  expect(sheet).toEqual(['297mm', '420mm']);
  await expect(notice()).toContainText('choose “Save as PDF”');
  await expect(notice()).toContainText('npm run cli -- export');
  await report.close();

  // Escape leaves the dialog without exporting; the sheet chosen last is offered again.
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog.getByRole('radio', { name: 'A3' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Portrait' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('export is offered only for a map with lanes', async () => {
  // A new window's map: its default stages, no lane yet.
  await workbench.goto();
  expect((await workbench.map())?.lanes).toEqual([]);
  await exportButton().click();
  for (const entry of ['Export PDF…', 'Export PNG…', 'Export SVG…']) await expect(exportMenu().getByRole('menuitem', { name: entry })).toHaveAttribute('aria-disabled', 'true');
});
