import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { ReportPage } from './support/reportPage';
import { WorkbenchPage } from './support/workbenchPage';
import { openStormClaim, stormClaim } from './support/stormClaim';

// Opportunities: started from a gap, filled in the Opportunities tab, found in the report.

const MAP = stormClaim([
  ['s1', 'home', 'Storm damages the roof', 0],
  ['s2', 'home', 'Looks for the policy', 1],
  ['s3', 'home', 'Calls the insurer', 2],
  ['p1', 'claims', 'Register the claim', 2],
]);
const A4_LANDSCAPE: ReportOptions = { page: 'A4', orientation: 'landscape', date: '2026-11-22' };

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = await openStormClaim(page, MAP);
});

const opportunitiesPanel = (page: Page): Locator => page.getByRole('region', { name: 'Opportunities' });

test('an opportunity made from a gap, filled in, listed by status and found in the report', async ({ page }) => {
  await workbench.gapsPanel.getByRole('button', { name: 'Add opportunity' }).first().click();

  // The Opportunities tab opens on it, its title selected: typing replaces it.
  await expect(page.getByRole('tab', { name: 'Opportunities' })).toHaveAttribute('aria-selected', 'true');
  const panel = opportunitiesPanel(page);
  const title = panel.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New opportunity');
  await page.keyboard.type('Storm alert by text message');
  await expect(panel).toContainText('Gap · Before · Storm damages the roof…');
  await workbench.screenshot('test-results/screenshots/opportunities-new.png');
  await panel.getByLabel('Description').fill('Warn policy holders the evening before a storm, with what to photograph.');
  await panel.getByLabel('Owner').fill('Customer care lead');
  await panel.getByRole('radio', { name: 'Planned' }).check();
  await panel.getByLabel('Due').fill('2027-03-31');
  await workbench.screenshot('test-results/screenshots/opportunities-editor.png');

  const map = (await workbench.map())!;
  expect(map.opportunities).toEqual([
    {
      id: 'opportunity-1',
      title: 'Storm alert by text message',
      target: { kind: 'gap', stepId: 's1' },
      status: 'planned',
      description: 'Warn policy holders the evening before a storm, with what to photograph.',
      owner: 'Customer care lead',
      due: '2027-03-31',
    },
  ]);

  // Each field visit is one undo step: undoing the due date leaves the owner.
  expect(await workbench.run('history.undo')).toBe(true);
  expect((await workbench.map())!.opportunities![0]).toMatchObject({ owner: 'Customer care lead', status: 'planned' });
  expect((await workbench.map())!.opportunities![0]!.due).toBeUndefined();
  expect(await workbench.run('history.redo')).toBe(true);

  // Show on map selects the gap's steps: the inspector says so.
  await panel.getByRole('button', { name: 'Show on map' }).click();
  await expect(page.locator('.inspector').getByRole('heading', { name: '2 steps selected' })).toBeVisible();

  // The list, grouped by status.
  await panel.getByRole('button', { name: 'All opportunities' }).click();
  const planned = panel.getByRole('group', { name: /Planned/ });
  await expect(planned.getByRole('button')).toHaveText(/Storm alert by text message.*Gap · Before · Storm damages the roof….*Customer care lead.*Due 31 Mar 2027/);
  await workbench.screenshot('test-results/screenshots/opportunities-list.png');

  // The report's Opportunities section lists it.
  const text = serialise((await workbench.map())!);
  const report = new ReportPage(page);
  await report.goto();
  expect(await report.render(text, A4_LANDSCAPE)).toMatchObject({ ok: true });
  await expect(page.getByRole('heading', { name: 'What the organisation could do' })).toBeVisible();
  const row = page.getByRole('row', { name: /Storm alert by text message/ });
  await expect(row).toContainText('Customer care lead');
  await expect(row).toContainText('Planned');
  await expect(row).toContainText('31 March 2027');
  await expect(row).toContainText('Before gap');
});

test('deleting the step of an opportunity keeps its text, marked "target removed"', async ({ page }) => {
  await workbench.gapsPanel.getByRole('button', { name: 'Add opportunity' }).first().click();
  await page.keyboard.type('Storm alert');
  const panel = opportunitiesPanel(page);
  await panel.getByLabel('Owner').fill('Care lead');
  const { x, y } = await workbench.stepBox('s1');
  await page.mouse.click(x + 20, y + 20);
  expect(await workbench.run('selection.delete')).toBe(true);
  await expect(panel).toContainText('Target removed');
  await expect(panel.getByRole('button', { name: 'Show on map' })).toHaveCount(0);
  expect((await workbench.map())!.opportunities).toEqual([{ id: 'opportunity-1', title: 'Storm alert', status: 'idea', owner: 'Care lead' }]);
  expect(await workbench.run('history.undo')).toBe(true);
  await expect(panel).toContainText('Gap · Before · Storm damages the roof…');
});
