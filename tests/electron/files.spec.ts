import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { parse } from '../../shared/format/parse';
import { serialise } from '../../shared/format/serialise';
import {
  addProcessLane,
  answerClosePrompt,
  answerOpenDialog,
  answerSaveDialog,
  CLOSE_PROMPT,
  closeWindow,
  dialogLog,
  fileState,
  getMap,
  killHard,
  launchApp,
  nativeTitle,
  recoveryCopies,
  recoveryFiles,
  recoveryOffer,
  prepareDesktopSuite,
  stopApp,
  windowCount,
  type DesktopApp,
} from './support/desktopApp';

// The desktop app's files through Playwright's _electron: Open and Save through the native
// dialogs (answered from the test), the Save / Don't Save / Cancel prompt on closing, and
// recovery after a hard kill. Each test starts the app on a user-data folder of its own. Where
// no Electron binary is installed (it cannot be downloaded on every machine) the tests say why
// they skip instead of failing.
//
// Every edit is made with the mouse as a user would: besides being the honest way to test, it
// gives the page the user activation Chromium requires before a beforeunload handler may hold
// the window open, which is what main.ts's close prompt hangs on.

prepareDesktopSuite();

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/examples/home-insurance-claim.journey');
const FIXTURE_NAME = basename(FIXTURE);
const FIXTURE_TEXT = readFileSync(FIXTURE, 'utf8');
const TITLE = 'Home insurance claim';
const FIXTURE_MAP = (() => {
  const parsed = parse(FIXTURE_TEXT);
  if (!parsed.ok) throw new Error(`${FIXTURE_NAME} is not a valid map.`);
  return parsed.value;
})();

/** The user-data folder and the documents folder of one test (under its output folder, kept when it fails). */
interface Folders {
  readonly userData: string;
  readonly documents: string;
  /** The fixture, copied into the documents folder. */
  readonly map: string;
}

let folders: Folders;
/** Every app a test started, stopped after it however it ended. */
const started: DesktopApp[] = [];

test.beforeEach(() => {
  const testInfo = test.info();
  const userData = testInfo.outputPath('user-data');
  const documents = testInfo.outputPath('documents');
  mkdirSync(userData, { recursive: true });
  mkdirSync(documents, { recursive: true });
  const map = join(documents, FIXTURE_NAME);
  copyFileSync(FIXTURE, map);
  folders = { userData, documents, map };
});

test.afterEach(async () => {
  for (const desktop of started.splice(0)) await stopApp(desktop.app);
});

/** Starts the app on this test's user-data folder. */
async function launch(): Promise<DesktopApp> {
  const desktop = await launchApp(folders.userData);
  started.push(desktop);
  return desktop;
}

const read = (path: string): string => readFileSync(path, 'utf8');
const toolbar = (page: Page) => page.getByRole('banner');

/** Opens the test's copy of the fixture as a user does: Open… in the toolbar, then the (stubbed) native dialog. */
async function openFixture({ app, page }: DesktopApp): Promise<void> {
  await answerOpenDialog(app, folders.map);
  await toolbar(page).getByRole('button', { name: 'Open…' }).click();
  await expect(page).toHaveTitle(`${FIXTURE_NAME} — Outside-In`);
}

test('Open… opens the file picked in the native dialog: its name in the window title, its steps on the canvas', async () => {
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);

  await expect(toolbar(page).getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(toolbar(page)).toContainText(FIXTURE_NAME);
  await expect(toolbar(page)).not.toContainText('Edited');
  // The native window's title follows the page's.
  await expect.poll(() => nativeTitle(app)).toBe(`${FIXTURE_NAME} — Outside-In`);

  const map = await getMap(page);
  expect(map.steps).toEqual(FIXTURE_MAP.steps);
  expect(map.steps.length).toBeGreaterThan(0);
  expect(await fileState(page)).toMatchObject({ fileName: FIXTURE_NAME, dirty: false, handle: expect.any(String) });
  expect((await dialogLog(app)).opened).toBe(1);
});

test('Ctrl+S saves in place, keeping the previous version as .bak; Save As writes a new file through the native dialog', async () => {
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);

  await addProcessLane(page);
  await expect(page).toHaveTitle(`• ${FIXTURE_NAME} — Outside-In`);
  await expect(toolbar(page)).toContainText('Edited');
  const edited = await getMap(page);
  expect(edited.lanes).toHaveLength(FIXTURE_MAP.lanes.length + 1);

  await page.keyboard.press('ControlOrMeta+S');
  await expect(page).toHaveTitle(`${FIXTURE_NAME} — Outside-In`);
  await expect.poll(() => nativeTitle(app)).toBe(`${FIXTURE_NAME} — Outside-In`);
  await expect(toolbar(page)).not.toContainText('Edited');
  expect(await fileState(page)).toMatchObject({ fileName: FIXTURE_NAME, dirty: false });
  expect(read(folders.map)).toBe(serialise(edited));
  expect(read(`${folders.map}.bak`)).toBe(FIXTURE_TEXT);
  // Saved in place: no dialog asked where.
  expect((await dialogLog(app)).saveDefaults).toEqual([]);

  // Save As, after another edit: a new file, named in the native dialog; the first file stays as it was saved.
  const copy = join(folders.documents, 'claim copy.journey');
  await answerSaveDialog(app, copy);
  await addProcessLane(page);
  const editedAgain = await getMap(page);
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await expect(page).toHaveTitle('claim copy.journey — Outside-In');
  await expect(toolbar(page)).toContainText('claim copy.journey');
  expect(await fileState(page)).toMatchObject({ fileName: 'claim copy.journey', dirty: false });
  expect(read(copy)).toBe(serialise(editedAgain));
  expect(existsSync(`${copy}.bak`)).toBe(false);
  expect(read(folders.map)).toBe(serialise(edited));
  expect((await dialogLog(app)).saveDefaults).toHaveLength(1);
});

test('Save As offers the map under its own file name in the native Save dialog', async () => {
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);
  await answerSaveDialog(app, join(folders.documents, 'another.journey'));
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await expect(page).toHaveTitle('another.journey — Outside-In');
  expect((await dialogLog(app)).saveDefaults.map((path) => basename(path))).toEqual([FIXTURE_NAME]);
});

test('closing with unsaved changes asks Save / Don’t Save / Cancel: Cancel keeps the window and the changes, Don’t Save closes without saving', async () => {
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);
  await addProcessLane(page);
  const edited = await getMap(page);

  await answerClosePrompt(app, CLOSE_PROMPT.cancel);
  await closeWindow(app);
  await expect.poll(async () => (await dialogLog(app)).prompts).toEqual([{ message: 'Do you want to save the changes to this map?', buttons: ['Save', 'Don’t Save', 'Cancel'] }]);
  expect(await windowCount(app)).toBe(1);
  expect(page.isClosed()).toBe(false);
  expect(await getMap(page)).toEqual(edited);
  expect((await fileState(page)).dirty).toBe(true);
  await expect(page).toHaveTitle(`• ${FIXTURE_NAME} — Outside-In`);
  expect(read(folders.map)).toBe(FIXTURE_TEXT);

  await answerClosePrompt(app, CLOSE_PROMPT.dontSave);
  const closed = page.waitForEvent('close');
  await closeWindow(app);
  await closed;
  expect(read(folders.map)).toBe(FIXTURE_TEXT);
  expect(existsSync(`${folders.map}.bak`)).toBe(false);
});

test('closing with unsaved changes and choosing Save saves the file in place, then closes the window', async () => {
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);
  await addProcessLane(page);
  const edited = await getMap(page);

  await answerClosePrompt(app, CLOSE_PROMPT.save);
  const closed = page.waitForEvent('close');
  await closeWindow(app);
  await closed;
  expect(read(folders.map)).toBe(serialise(edited));
  expect(read(`${folders.map}.bak`)).toBe(FIXTURE_TEXT);
});

test('Don’t Save on closing leaves no recovery copy behind, so the next start offers nothing', async () => {
  // Two or three starts of the app, and a wait for the recovery copy.
  test.slow();
  const desktop = await launch();
  const { app, page } = desktop;
  await openFixture(desktop);
  await addProcessLane(page);
  await expect.poll(() => recoveryFiles(folders.userData), { timeout: 10_000 }).toHaveLength(1);

  await answerClosePrompt(app, CLOSE_PROMPT.dontSave);
  const closed = page.waitForEvent('close');
  // Without a window the app quits (except on macOS).
  const exited = new Promise<void>((resolve) => app.once('close', () => resolve()));
  await closeWindow(app);
  await closed;
  // Left to finish on its own: whatever the app does after Don't Save must not be cut short.
  if (process.platform === 'darwin') await app.close();
  else await exited;

  const { page: next } = await launch();
  expect(await recoveryCopies(next)).toEqual([]);
  await expect(recoveryOffer(next)).toBeHidden();
});

test('after a hard kill, the next start offers the unsaved edit: Restore brings it back, and once it is saved the start after offers nothing', async () => {
  // Two or three starts of the app, and a wait for the recovery copy.
  test.slow();
  const first = await launch();
  await openFixture(first);
  await addProcessLane(first.page);
  const edited = await getMap(first.page);
  // The recovery copy is written a pause after the last change (2 s by default).
  await expect.poll(() => recoveryFiles(folders.userData), { timeout: 10_000 }).toHaveLength(1);
  await killHard(first.app);

  const second = await launch();
  const offer = recoveryOffer(second.page);
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('A map had unsaved changes when Outside-In last closed.');
  await expect(offer).toContainText(TITLE);
  await expect(offer).toContainText(FIXTURE_NAME);
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toBeHidden();
  expect(await getMap(second.page)).toEqual(edited);
  // Restored with its file: still unsaved, and Save writes in place.
  expect(await fileState(second.page)).toMatchObject({ fileName: FIXTURE_NAME, dirty: true, handle: expect.any(String) });
  await expect(second.page).toHaveTitle(`• ${FIXTURE_NAME} — Outside-In`);
  expect(read(folders.map)).toBe(FIXTURE_TEXT);

  await second.page.keyboard.press('ControlOrMeta+S');
  await expect(second.page).toHaveTitle(`${FIXTURE_NAME} — Outside-In`);
  expect(read(folders.map)).toBe(serialise(edited));
  // Saved, the copy goes.
  await expect.poll(() => recoveryFiles(folders.userData)).toEqual([]);
  // Clean, so the window closes without asking.
  await second.app.close();

  const third = await launch();
  expect(await recoveryCopies(third.page)).toEqual([]);
  await expect(recoveryOffer(third.page)).toBeHidden();
  await expect(third.page).toHaveTitle('Untitled map — Outside-In');
});

test('after a hard kill, Discard removes the recovery copy of a map never saved, and the next start offers nothing', async () => {
  // Two or three starts of the app, and a wait for the recovery copy.
  test.slow();
  const first = await launch();
  // A user's edit on the empty start: a map with no file yet.
  await first.page.getByRole('button', { name: 'Add a process lane', exact: true }).click();
  await expect(toolbar(first.page)).toContainText('Not saved yet');
  await expect.poll(() => recoveryFiles(folders.userData), { timeout: 10_000 }).toHaveLength(1);
  await killHard(first.app);

  const second = await launch();
  const offer = recoveryOffer(second.page);
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('Untitled map');
  await expect(offer).toContainText('never saved');
  await offer.getByRole('button', { name: 'Discard' }).click();
  await expect(offer).toBeHidden();
  expect(recoveryFiles(folders.userData)).toEqual([]);
  expect((await getMap(second.page)).lanes).toEqual([]);
  expect((await fileState(second.page)).dirty).toBe(false);
  await second.app.close();

  const third = await launch();
  expect(await recoveryCopies(third.page)).toEqual([]);
  await expect(recoveryOffer(third.page)).toBeHidden();
  await expect(third.page.getByRole('region', { name: /Lay the customer's journey/ })).toBeVisible();
});
