import { expect, test, type Locator, type Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { centre, WorkbenchPage } from './support/workbenchPage';
import { openStormClaim, stormClaim } from './support/stormClaim';

// Gap severity in the Gaps panel: a moment that matters flagged inside a gap raises that gap's
// severity and moves it above a gap that was just as severe before.

const MAP = stormClaim([
  ['a', 'home', 'Storm damages the roof', 0],
  ['b', 'home', 'Makes the house safe', 1],
  ['c', 'home', 'Calls the insurer', 2],
  ['d', 'home', 'Finds a roofer', 3],
  ['e', 'home', 'Renews or leaves', 4],
  ['p', 'claims', 'Register the claim', 2],
]);

/** The gap buttons of the panel, top to bottom. */
const gapButtons = (): Locator => workbench.gapsPanel.locator('.gap');

async function selectStep(page: Page, id: string, laneId: string, column: number): Promise<void> {
  await workbench.revealColumn(laneId, column);
  const { x, y } = centre(await workbench.stepBox(id));
  await page.mouse.click(x, y);
  await expect(page.locator('.inspector').getByRole('heading', { name: 'Step', exact: true })).toBeVisible();
}

let workbench: WorkbenchPage;

// Tall enough for the whole Gaps panel in its screenshot.
test.use({ viewport: { width: 1280, height: 1000 } });

test.beforeEach(async ({ page }) => {
  workbench = await openStormClaim(page, MAP);
});

test('flagging a moment that matters inside a gap raises its severity and its rank in the Gaps panel', async ({ page }) => {
  // Two gaps of two plain steps each: equally severe, so they stand in column order.
  const gaps = gapButtons();
  await expect(gaps).toHaveCount(2);
  await expect(gaps.nth(0)).toContainText('Before');
  await expect(gaps.nth(0)).toContainText('Severity 2.0');
  await expect(gaps.nth(1)).toContainText('After');
  await expect(gaps.nth(1)).toContainText('Severity 2.0');
  await expect(workbench.gapsPanel).toContainText('Most severe gaps first');

  // The formula is there for whoever asks.
  const how = workbench.gapsPanel.getByText('How is severity scored?');
  const formula = workbench.gapsPanel.getByText(/plus 3 if it is a moment that matters/);
  await expect(formula).toBeHidden();
  await how.click();
  await expect(formula).toBeVisible();
  await how.click();

  await selectStep(page, 'e', 'home', 4);
  await page.locator('.inspector').getByRole('checkbox', { name: 'Moment that matters' }).check();

  // (1 + 3) for the moment, 1 for its neighbour: 5.0, now first.
  await expect(gaps.nth(0)).toContainText('After');
  await expect(gaps.nth(0)).toContainText('Severity 5.0');
  await expect(gaps.nth(1)).toContainText('Before');
  await expect(gaps.nth(1)).toContainText('Severity 2.0');
  const analysis = (await workbench.analysis())!;
  expect(analysis.lanes[0]!.gaps.map((gap) => [gap.kind, gap.severity])).toEqual([
    ['before', 2],
    ['after', 5],
  ]);

  // The bar of the lane's most severe gap is full, the other's in proportion.
  const fillShare = (gap: Locator) =>
    gap.locator('.gap__severity-fill').evaluate((fill) => fill.getBoundingClientRect().width / fill.parentElement!.getBoundingClientRect().width);
  expect(await fillShare(gaps.nth(0))).toBeCloseTo(1, 2);
  expect(await fillShare(gaps.nth(1))).toBeCloseTo(0.4, 2);

  await workbench.screenshot('test-results/screenshots/gaps-severity-window.png');
  await workbench.gapsPanel.screenshot({ path: `${PROJECT_ROOT}test-results/screenshots/gaps-severity.png`, animations: 'disabled' });

  // Undo takes the flag back, and the gaps return to column order.
  expect(await workbench.run('history.undo')).toBe(true);
  await expect(gaps.nth(0)).toContainText('Before');
  await expect(gaps.nth(1)).toContainText('Severity 2.0');
});

test("a gap's Add opportunity makes an idea on that gap, in one undo step", async () => {
  const after = workbench.gapsPanel.locator('.gap-item').nth(1);
  await expect(after.locator('.gap')).toContainText('After');
  await after.getByRole('button', { name: 'Add opportunity' }).click();
  await expect.poll(async () => (await workbench.map())!.opportunities).toEqual([
    { id: expect.any(String), title: 'New opportunity', target: { kind: 'gap', stepId: 'd' }, status: 'idea' },
  ]);
  expect(await workbench.run('history.undo')).toBe(true);
  await expect.poll(async () => (await workbench.map())!.opportunities ?? []).toEqual([]);
});
