import { expect, test, type Locator, type Page } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import { pdfPictures, pdfText, ReportPage, SCREENSHOTS, withMethodFields } from './support/reportPage';
import { centre, projectFile, WorkbenchPage } from './support/workbenchPage';

// Dot voting on one laptop handed round: three people with three dots each, each seeing only
// their own dots, then the result revealed on the cards, in the Votes tab and in the PDF.

const EXAMPLE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');
const MAP = { name: 'home-insurance-claim.journey', text: withMethodFields(EXAMPLE.text) };

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(MAP);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
});

const voteBar = (page: Page): Locator => page.getByRole('region', { name: 'Vote', exact: true });
const barStatus = (page: Page): Locator => voteBar(page).getByRole('status');
const cardDots = (page: Page, stepId: string) => page.evaluate((id) => window.workbench.cardDots(id), stepId);
const dotsCast = (page: Page) => page.evaluate(() => (window.workbench.getMap().votes?.at(-1)?.dots ?? []).reduce((sum, entry) => sum + entry.count, 0));

/** Clicks the middle of a step's card, scrolled into view first. */
async function clickCard(stepId: string): Promise<void> {
  const column = (await workbench.map())!.steps.find((step) => step.id === stepId)!.column;
  await workbench.revealColumn('cust', column);
  const at = centre(await workbench.stepBox(stepId));
  await workbench.page.mouse.click(at.x, at.y);
}

test('a vote of three people with three dots each: own dots only while voting, the result on the cards, in the Votes tab and in the PDF', async ({ page }) => {
  // The facilitator starts the round from the keyboard.
  await workbench.canvas.focus();
  await page.keyboard.press('Control+Shift+V');
  const dialog = page.getByRole('dialog', { name: 'Start a vote' });
  await expect(dialog.getByLabel('Question')).toBeFocused();
  await expect(dialog.getByLabel('Question')).toHaveValue('Where should we act first?');
  await expect(dialog.getByLabel('Dots per person')).toHaveValue('3');
  await dialog.getByLabel('People voting').fill('3');
  await workbench.screenshot('test-results/screenshots/vote-start.png');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(barStatus(page)).toHaveText('Person 1 of 3 · 3 of 3 dots left');
  // While the room votes, the palette gives its place to the vote bar.
  await expect(page.getByRole('toolbar', { name: 'Palette' })).toBeHidden();

  // Person 1: a card clicked, the card beside it chosen with the keyboard, a gap in the Gaps panel.
  await clickCard('c5');
  await expect(barStatus(page)).toHaveText('Person 1 of 3 · 2 of 3 dots left');
  expect(await cardDots(page, 'c5')).toEqual({ count: 1, own: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('d');
  expect(await cardDots(page, 'c6')).toEqual({ count: 1, own: true });
  await workbench.gapsPanel.getByRole('button', { name: 'Place a dot on the before gap at columns 1–3' }).click();
  await expect(barStatus(page)).toHaveText('Person 1 of 3 · 0 of 3 dots left');
  // No one exceeds their dots: a fourth is refused, in words.
  await clickCard('c7');
  await expect(page.getByRole('status').filter({ hasText: 'Person 1 has no dots left' })).toBeVisible();
  expect(await dotsCast(page)).toBe(3);
  await expect(voteBar(page).getByRole('button', { name: 'Next person' })).toBeEnabled();
  await page.keyboard.press('Control+Enter');

  // Person 2 sees none of person 1's dots.
  await expect(barStatus(page)).toHaveText('Person 2 of 3 · 3 of 3 dots left');
  expect(await cardDots(page, 'c5')).toBeNull();
  expect(await cardDots(page, 'c6')).toBeNull();
  await expect(workbench.gapsPanel.locator('.dot-button__own')).toHaveCount(0);
  await clickCard('c5');
  // The card is selected: its pain points offer their own Dot buttons in the inspector.
  await page.locator('.inspector').getByRole('button', { name: 'Place a dot on the pain point “No date for the visit”' }).click();
  await expect(barStatus(page)).toHaveText('Person 2 of 3 · 1 of 3 dots left');
  expect(await cardDots(page, 'c5')).toEqual({ count: 2, own: true });
  await workbench.screenshot('assets/readme/vote-round.png');
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('region', { name: 'Opportunities' }).getByRole('button', { name: 'Place a dot on the opportunity “Book the assessor during the first call”' }).click();
  await voteBar(page).getByRole('button', { name: 'Next person' }).click();

  // Person 3: a dot placed by mistake and taken back, then two on the before gap and one on c5.
  await expect(barStatus(page)).toHaveText('Person 3 of 3 · 3 of 3 dots left');
  await clickCard('c9');
  await page.keyboard.press('Shift+D');
  expect(await cardDots(page, 'c9')).toBeNull();
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const beforeGap = workbench.gapsPanel.getByRole('button', { name: 'Place a dot on the before gap at columns 1–3' });
  await beforeGap.click();
  await beforeGap.click();
  await clickCard('c5');
  await expect(barStatus(page)).toHaveText('Person 3 of 3 · 0 of 3 dots left');
  await voteBar(page).getByRole('button', { name: 'Done' }).click();
  await expect(barStatus(page)).toHaveText('Everyone has voted · 3 people, 3 dots each · 9 dots cast');
  // Still hidden: nothing on the cards until the reveal.
  expect(await cardDots(page, 'c5')).toBeNull();

  // Reveal, from the keyboard.
  await workbench.canvas.focus();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(voteBar(page)).toBeHidden();
  expect(await cardDots(page, 'c5')).toEqual({ count: 4, own: false });
  expect(await cardDots(page, 'c6')).toEqual({ count: 1, own: false });
  const votes = page.getByRole('region', { name: 'Votes' });
  await expect(page.getByRole('tab', { name: 'Votes' })).toHaveAttribute('aria-selected', 'true');
  const ranked = votes.getByRole('group', { name: 'Where should we act first?' }).getByRole('listitem');
  await expect(ranked).toHaveText([
    /^Waits for the assessor\s*3 dots/,
    /^Gap · Before · Storm damages the roof\s*3 dots/,
    /^Gets the decision\s*1 dot/,
    /^Pain point: No date for the visit \(Waits for the assessor\)\s*1 dot/,
    /^Opportunity: Book the assessor during the first call\s*1 dot/,
  ]);
  // The badges: 4 on the card of c5 (3 on the step, 1 on its pain point), 3 on the before gap.
  await page.keyboard.press('Control+-');
  await page.keyboard.press('Control+-');
  await page.locator('.canvas-scroller').evaluate((scroller) => scroller.scrollTo(0, 0));
  await workbench.screenshot('assets/readme/vote-result.png');

  // The Gaps panel lists by votes when asked; its default order stays severity.
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await expect(workbench.gapsPanel.getByRole('radio', { name: 'Severity' })).toBeChecked();
  await workbench.gapsPanel.getByRole('radio', { name: 'Votes' }).check();
  await expect(workbench.gapsPanel.locator('.gap-item').first()).toContainText('3 dots');
  await workbench.screenshot('test-results/screenshots/vote-gaps-by-votes.png');
  // So does the Opportunities panel: one list, most dots first, each row saying its status.
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  const opportunities = page.getByRole('region', { name: 'Opportunities' });
  await expect(opportunities.locator('.opportunity-group')).toHaveCount(3);
  await opportunities.getByRole('radio', { name: 'Votes' }).check();
  await expect(opportunities.getByRole('group', { name: 'Most dots first' }).getByRole('listitem').first()).toHaveText(/^Book the assessor during the first call.*In progress.*1 dot$/);
  await workbench.screenshot('test-results/screenshots/vote-opportunities-by-votes.png');

  // The exported report says what the room voted for.
  const text = serialise((await workbench.map())!);
  const report = new ReportPage(page);
  await report.goto();
  expect(await report.render(text, { page: 'A4', orientation: 'landscape', date: '2026-12-07' })).toMatchObject({ ok: true });
  const pdf = `${SCREENSHOTS}/vote-report.pdf`;
  await report.pdf(pdf);
  const words = pdfText(pdf);
  expect(words).toContain('What the room voted for');
  expect(words).toContain('Where should we act first? 3 people, 3 dots each · 9 dots cast');
  expect(words).toMatch(/1 Step Waits for the assessor Home owner, column 5 3/);
  expect(words).toMatch(/1 Gap Before gap: Storm damages the roof … Looks up the policy Home owner, columns 1–3 3/);
  expect(words).toMatch(/3 Opportunity Book the assessor during the first call 1/);
  pdfPictures(pdf, 'votes', 1, 8);
});

test('the Workshop menu of the toolbar offers the round’s commands, with their keys', async ({ page }) => {
  await workbench.toolbar.getByRole('button', { name: 'Workshop' }).click();
  const menu = page.getByRole('menu', { name: 'Workshop' });
  await expect(menu.locator('[role^="menuitem"]')).toHaveText([/^Present\s*F5$/, /^Capture…\s*Ctrl\+K$/, /^Start a vote…\s*Ctrl\+Shift\+V$/, /^Place a dot\s*D$/, /^Take back my last dot\s*Shift\+D$/, /^Next person\s*Ctrl\+Enter$/, /^Reveal the result\s*Ctrl\+Shift\+Enter$/, /^Start timer…\s*T$/, /^Pause timer\s*P$/, /^Add a minute\s*M$/, /^Stop timer\s*Shift\+T$/, /^Open room…$/, /^Show room code\s*Ctrl\+Shift\+J$/, /^Close room$/]);
  // Only Start is offered before a round is open.
  await expect(menu.getByRole('menuitem', { name: /Reveal the result/ })).toHaveAttribute('aria-disabled', 'true');
  await menu.getByRole('menuitem', { name: /Start a vote/ }).click();
  await expect(page.getByRole('dialog', { name: 'Start a vote' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Start a vote' })).toBeHidden();
  expect((await workbench.map())!.votes).toBeUndefined();
});
