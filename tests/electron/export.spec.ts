import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { parse } from '../../shared/format/parse';
import { extractMapFromPdf } from '../../shared/format/pdfMap';
import { serialise } from '../../shared/format/serialise';
import { answerOpenDialog, answerSaveDialog, dialogLog, launchApp, prepareDesktopSuite, stopApp, type DesktopApp } from './support/desktopApp';

// File ▸ Export in the desktop app: chosen in the native menu, saved through the (stubbed) native
// Save dialog, the PDF printed by the hidden report window with the map inside it. Where no
// Electron binary is installed the tests say why they skip instead of failing.

prepareDesktopSuite();

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/examples/home-insurance-claim.journey');
const FIXTURE_NAME = basename(FIXTURE);
const FIXTURE_MAP = (() => {
  const parsed = parse(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error(`${FIXTURE_NAME} is not a valid map.`);
  return parsed.value;
})();

let documents: string;
let desktop: DesktopApp;

test.beforeEach(async () => {
  const userData = test.info().outputPath('user-data');
  documents = test.info().outputPath('documents');
  mkdirSync(userData, { recursive: true });
  mkdirSync(documents, { recursive: true });
  copyFileSync(FIXTURE, join(documents, FIXTURE_NAME));
  desktop = await launchApp(userData);
  await answerOpenDialog(desktop.app, join(documents, FIXTURE_NAME));
  await desktop.page.getByRole('banner').getByRole('button', { name: 'Open…' }).click();
  await expect(desktop.page).toHaveTitle(`${FIXTURE_NAME} — Outside-In`);
});

test.afterEach(async () => {
  await stopApp(desktop.app);
});

/** Clicks File ▸ Export ▸ `entry` in the native menu, as the person does. */
async function clickExportMenu(app: ElectronApplication, entry: 'PDF…' | 'PNG…' | 'SVG…'): Promise<void> {
  await app.evaluate(({ Menu }, label) => {
    const file = Menu.getApplicationMenu()?.items.find((item) => item.label === 'File');
    const exports = file?.submenu?.items.find((item) => item.label === 'Export');
    const item = exports?.submenu?.items.find((candidate) => candidate.label === label);
    if (!item) throw new Error(`No File ▸ Export ▸ ${label} in the menu.`);
    item.click();
  }, entry);
}

const notice = () => desktop.page.getByRole('status');

test('File ▸ Export ▸ PDF… writes the report where the Save dialog says, with the map attached', async () => {
  const pdf = join(documents, 'claim report.pdf');
  await answerSaveDialog(desktop.app, pdf);
  await clickExportMenu(desktop.app, 'PDF…');
  const dialog = desktop.page.getByRole('dialog', { name: 'Export PDF' });
  await dialog.getByRole('radio', { name: 'A3' }).check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(notice()).toHaveText(/Exported “claim report\.pdf”\./, { timeout: 20_000 });

  // The dialog offered the map's file name as a PDF.
  expect((await dialogLog(desktop.app)).saveDefaults.map((path) => basename(path))).toEqual(['home-insurance-claim.pdf']);
  const bytes = new Uint8Array(readFileSync(pdf));
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  const carried = await extractMapFromPdf(bytes);
  expect(carried.ok && carried.text).toBe(serialise(FIXTURE_MAP));
});

test('File ▸ Export ▸ PNG… and SVG… write the map alone as images', async () => {
  const png = join(documents, 'map.png');
  await answerSaveDialog(desktop.app, png);
  await clickExportMenu(desktop.app, 'PNG…');
  await expect(notice()).toHaveText(/Exported “map\.png”\./);
  expect([...readFileSync(png).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  const svg = join(documents, 'map.svg');
  await answerSaveDialog(desktop.app, svg);
  await clickExportMenu(desktop.app, 'SVG…');
  await expect(notice()).toHaveText(/Exported “map\.svg”\./);
  const text = readFileSync(svg, 'utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  // Real text: a <text> for each step title at least (lanes, stages and gap labels have theirs too).
  expect(text.match(/<text[\s>]/g)?.length ?? 0).toBeGreaterThanOrEqual(FIXTURE_MAP.steps.length);
});
