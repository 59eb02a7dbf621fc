import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { ReportPage } from './support/reportPage';
import { WorkbenchPage } from './support/workbenchPage';
import { openStormClaim, stormClaim } from './support/stormClaim';

// Personas: made in the Personas tab, named by a journey lane in the inspector, shown on the lane
// header and on the report's cover.

const STEPS = [
  ['s1', 'home', 'Storm damages the roof', 0],
  ['s2', 'home', 'Calls the insurer', 1],
  ['p1', 'claims', 'Register the claim', 1],
] as const;
const MAP = stormClaim(STEPS);
const A4_LANDSCAPE: ReportOptions = { page: 'A4', orientation: 'landscape', date: '2026-11-22' };

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = await openStormClaim(page, MAP);
});

const tabs = (page: Page): Locator => page.getByRole('tablist', { name: 'Analysis and method' });
const personasPanel = (page: Page): Locator => page.getByRole('region', { name: 'Personas' });
const inspector = (page: Page): Locator => page.locator('.inspector');

async function typeList(panel: Locator, item: string, texts: readonly string[]): Promise<void> {
  await panel.getByRole('button', { name: `Add ${item.toLowerCase()}` }).click();
  for (const [index, text] of texts.entries()) {
    await expect(panel.getByRole('textbox', { name: `${item} ${index + 1}`, exact: true })).toBeFocused();
    await panel.page().keyboard.type(text);
    if (index < texts.length - 1) await panel.page().keyboard.press('Enter');
  }
}

test('a persona with goals and frustrations, walked by the journey lane, on the lane header and the report cover', async ({ page }) => {
  // The tabs: Gaps first and chosen, arrow keys move along them.
  await expect(tabs(page).getByRole('tab', { name: 'Gaps' })).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.gapsPanel).toBeVisible();
  await tabs(page).getByRole('tab', { name: 'Gaps' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs(page).getByRole('tab', { name: 'Personas' })).toBeFocused();
  await expect(tabs(page).getByRole('tab', { name: 'Personas' })).toHaveAttribute('aria-selected', 'true');

  const panel = personasPanel(page);
  await expect(panel).toContainText('Who walks the journey?');
  await panel.getByRole('button', { name: 'Add persona' }).click();
  await expect(panel.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Ana Silva');
  await workbench.screenshot('test-results/screenshots/personas-new.png');
  await panel.getByLabel('Short description').fill('Homeowner in her thirties, first claim ever');
  await typeList(panel, 'Goal', ['Roof fixed before winter', 'One person to talk to']);
  await typeList(panel, 'Frustration', ['Telling the story twice']);
  await panel.getByRole('radio', { name: 'Teal' }).check();
  await expect(panel).toContainText('No journey lane names this persona yet');
  expect((await workbench.map())!.personas).toEqual([
    {
      id: 'persona-1',
      name: 'Ana Silva',
      colour: '#3f7f73',
      description: 'Homeowner in her thirties, first claim ever',
      goals: ['Roof fixed before winter', 'One person to talk to'],
      frustrations: ['Telling the story twice'],
    },
  ]);
  await workbench.screenshot('test-results/screenshots/personas-editor.png');

  // The journey lane, in the inspector: no persona until one is picked.
  const header = await workbench.laneBox('home');
  await page.mouse.click(header.x + 60, header.y + 40);
  const field = inspector(page).getByRole('combobox', { name: 'Persona' });
  await expect(field.locator('option:checked')).toHaveText('No persona');
  await field.selectOption({ label: 'Ana Silva' });
  const lane = (await workbench.map())!.lanes.find((candidate) => candidate.id === 'home')!;
  expect(lane).toEqual({ id: 'home', kind: 'journey', title: 'Home owner', personaId: 'persona-1' });
  await expect(field.locator('option')).toHaveText(['No persona', 'Ana Silva', 'New persona…']);
  await expect(panel.getByRole('list', { name: 'Walks' })).toHaveText('Home owner');

  // The lane header names her (the canvas paints it; the picture is for people to look at).
  await workbench.screenshot('test-results/screenshots/personas-lane-header.png');

  // The list: avatar with her initials, name and description.
  await panel.getByRole('button', { name: 'All personas' }).click();
  const row = panel.getByRole('button', { name: /Ana Silva/ });
  await expect(row).toContainText('Homeowner in her thirties');
  await expect(row.locator('.persona-avatar')).toHaveText('AS');
  await workbench.screenshot('test-results/screenshots/personas-list.png');

  // The report's cover shows her, goals and frustrations.
  const text = serialise((await workbench.map())!);
  const report = new ReportPage(page);
  await report.goto();
  expect(await report.render(text, A4_LANDSCAPE)).toMatchObject({ ok: true });
  const cover = page.getByRole('region', { name: 'Cover', exact: true });
  await expect(cover).toContainText('Ana Silva');
  await expect(cover).toContainText('Roof fixed before winter');
  await expect(cover).toContainText('Telling the story twice');
  await expect(cover.locator('.persona__avatar')).toHaveText('AS');
  // The report's map paints the same layout as the canvas, with real text: the lane header names her.
  await expect(page.locator('.map-lane-header[data-lane-id="home"]').first()).toContainText('Ana Silva');
});

test('"New persona…" in a lane makes one named after the lane; deleting it asks, and clears the lane', async ({ page }) => {
  const header = await workbench.laneBox('home');
  await page.mouse.click(header.x + 60, header.y + 40);
  await inspector(page).getByRole('combobox', { name: 'Persona' }).selectOption({ label: 'New persona…' });
  const panel = personasPanel(page);
  await expect(tabs(page).getByRole('tab', { name: 'Personas' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Name')).toHaveValue('Home owner');
  expect((await workbench.map())!.lanes[0]).toEqual({ id: 'home', kind: 'journey', title: 'Home owner', personaId: 'persona-1' });

  await panel.getByRole('button', { name: 'Delete persona' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Home owner?' });
  await expect(dialog).toContainText('“Home owner” names this persona');
  await dialog.getByRole('button', { name: 'Delete persona' }).click();
  const map = (await workbench.map())!;
  expect(map.personas).toEqual([]);
  expect(map.lanes[0]).toEqual({ id: 'home', kind: 'journey', title: 'Home owner' });
  expect(await workbench.run('history.undo')).toBe(true);
  expect((await workbench.map())!.lanes[0]).toMatchObject({ personaId: 'persona-1' });
});

test('a lane persona typed as text in an older file opens as a persona of the map, and saves as version 2', async ({ page }) => {
  // Version 1 files could name a lane's persona as plain text; loading migrates it once.
  await page.evaluate((file) => window.workbench.load(file), stormClaim(STEPS, { persona: 'Ana, 34' }));
  const map = (await workbench.map())!;
  expect(map.personas).toEqual([{ id: 'persona-1', name: 'Ana, 34' }]);
  expect(map.lanes[0]).toEqual({ id: 'home', kind: 'journey', title: 'Home owner', personaId: 'persona-1' });
  expect(JSON.parse(serialise(map)).version).toBe(2);

  const header = await workbench.laneBox('home');
  await page.mouse.click(header.x + 60, header.y + 40);
  const field = inspector(page).getByRole('combobox', { name: 'Persona' });
  await expect(field.locator('option:checked')).toHaveText('Ana, 34');
  await expect(field.locator('option')).toHaveText(['No persona', 'Ana, 34', 'New persona…']);
  await tabs(page).getByRole('tab', { name: 'Personas' }).click();
  await expect(personasPanel(page).getByRole('button', { name: /Ana, 34/ })).toBeVisible();
});
