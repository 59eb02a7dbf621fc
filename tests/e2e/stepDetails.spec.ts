import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import type { Step } from '../../shared/model/journeyMap';
import { centre, WorkbenchPage } from './support/workbenchPage';
import { openStormClaim, stormClaim } from './support/stormClaim';

// The method's fields of a step in the inspector, and their marks on the canvas card.

const MAP = stormClaim([
  ['s1', 'home', 'Calls the insurer', 0],
  ['s2', 'home', 'Waits for the assessor', 1],
  ['p1', 'claims', 'Register the claim', 0],
]);
const BARE = { laneId: 'home', title: 'Calls the insurer', column: 0, span: 1 };

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = await openStormClaim(page, MAP);
});

const inspector = (page: Page): Locator => page.locator('.inspector');
const stepOf = async (id: string): Promise<Step> => (await workbench.map())!.steps.find((step) => step.id === id)!;

async function selectStep(page: Page, id: string): Promise<void> {
  const { x, y } = centre(await workbench.stepBox(id));
  await page.mouse.click(x, y);
  await expect(inspector(page).getByRole('heading', { name: 'Step', exact: true })).toBeVisible();
}

async function undo(): Promise<void> {
  expect(await workbench.run('history.undo')).toBe(true);
}

async function shoot(target: Locator | Page, path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  mkdirSync(dirname(PROJECT_ROOT + path), { recursive: true });
  await target.screenshot({ path: PROJECT_ROOT + path, animations: 'disabled', ...(clip ? { clip } : {}) });
}

test("a journey step's emotion, moment, pain points, channels, evidence and figures go into the map, one undo step per field", async ({ page }) => {
  await selectStep(page, 's1');
  const details = inspector(page);

  // Emotion: a face picked, then the arrow keys move along the scale.
  await details.getByRole('radio', { name: 'Very negative' }).check();
  await page.keyboard.press('ArrowRight');
  await expect(details.getByRole('radio', { name: 'Negative', exact: true })).toBeChecked();
  await expect(details).toContainText('Negative (−1)');

  await details.getByRole('checkbox', { name: 'Moment that matters' }).check();

  // Pain points: Enter opens the next line, Backspace in an empty one removes it.
  await details.getByRole('button', { name: 'Add pain point' }).click();
  await expect(details.getByRole('textbox', { name: 'Pain point 1' })).toBeFocused();
  await page.keyboard.type('Twenty minutes on hold');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Has to repeat the policy number');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('textbox', { name: 'Pain point 3' })).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(details.getByRole('textbox', { name: 'Pain point 3' })).toHaveCount(0);
  await expect(details.getByRole('textbox', { name: 'Pain point 2' })).toBeFocused();

  // Channels: two common chips and one typed.
  await details.getByRole('button', { name: 'Phone', exact: true }).click();
  await details.getByRole('button', { name: 'Web', exact: true }).click();
  await expect(details.getByRole('button', { name: 'Phone', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await details.getByRole('textbox', { name: 'Other channel' }).fill('Comparison site');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('button', { name: 'Comparison site' })).toHaveAttribute('aria-pressed', 'true');

  await details.getByRole('radio', { name: 'Assumed' }).check();

  await details.getByRole('textbox', { name: 'Customers per month' }).fill('1200');
  await page.keyboard.press('Enter');
  await details.getByRole('textbox', { name: 'Satisfaction (0–10)' }).fill('11');
  await page.keyboard.press('Enter');
  await expect(details.getByRole('alert')).toHaveText('Satisfaction runs from 0 to 10.');
  await details.getByRole('textbox', { name: 'Satisfaction (0–10)' }).fill('4');
  await page.keyboard.press('Enter');
  await details.getByRole('textbox', { name: 'Duration' }).fill('25 minutes');
  await details.getByRole('textbox', { name: 'Duration' }).blur();

  const filled = {
    id: 's1',
    ...BARE,
    emotion: -1,
    momentThatMatters: true,
    painPoints: ['Twenty minutes on hold', 'Has to repeat the policy number'],
    channels: ['Phone', 'Web', 'Comparison site'],
    evidence: 'assumed',
    data: { customersPerMonth: 1200, satisfaction: 4, duration: '25 minutes' },
  };
  expect(await stepOf('s1')).toEqual(filled);

  await details.evaluate((element) => (element.scrollTop = 0));
  await shoot(details, 'test-results/screenshots/step-details-journey-step.png');
  await details.getByRole('heading', { name: 'Customer' }).evaluate((element) => element.scrollIntoView());
  await shoot(details, 'test-results/screenshots/step-details-journey-step-customer.png');
  await details.getByRole('group', { name: 'Channels' }).evaluate((element) => element.scrollIntoView());
  await shoot(details, 'test-results/screenshots/step-details-journey-step-channels.png');
  await details.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await shoot(details, 'test-results/screenshots/step-details-journey-step-data.png');
  await shoot(page, 'test-results/screenshots/step-details-window.png');

  // Undo walks back one field at a time: the figures one by one, then evidence, the channels, the pain points.
  await undo();
  expect((await stepOf('s1')).data).toEqual({ customersPerMonth: 1200, satisfaction: 4 });
  await undo();
  expect((await stepOf('s1')).data).toEqual({ customersPerMonth: 1200 });
  await undo();
  expect(await stepOf('s1')).not.toHaveProperty('data');
  await undo();
  expect(await stepOf('s1')).not.toHaveProperty('evidence');
  await undo();
  expect((await stepOf('s1')).channels).toEqual(['Phone', 'Web']);
  await undo();
  await undo();
  expect(await stepOf('s1')).not.toHaveProperty('channels');
  await undo();
  expect((await stepOf('s1')).painPoints).toEqual(['Twenty minutes on hold']);
  await undo();
  expect(await stepOf('s1')).not.toHaveProperty('painPoints');
  await undo();
  expect(await stepOf('s1')).not.toHaveProperty('momentThatMatters');
  await undo();
  expect((await stepOf('s1')).emotion).toBe(-2);
  await undo();
  expect(await stepOf('s1')).toEqual({ id: 's1', ...BARE });
});

test('emptying a field removes it from the step', async ({ page }) => {
  await selectStep(page, 's1');
  const details = inspector(page);
  await details.getByRole('radio', { name: 'Positive', exact: true }).check();
  await details.getByRole('button', { name: 'Add pain point' }).click();
  await page.keyboard.type('Slow');
  await details.getByRole('textbox', { name: 'Customers per month' }).fill('40');
  await page.keyboard.press('Enter');
  expect(await stepOf('s1')).toMatchObject({ emotion: 1, painPoints: ['Slow'], data: { customersPerMonth: 40 } });

  await details.getByRole('radio', { name: 'Not recorded' }).check();
  await details.getByRole('textbox', { name: 'Pain point 1' }).fill('');
  await details.getByRole('textbox', { name: 'Customers per month' }).fill('');
  await page.keyboard.press('Enter');
  expect(await stepOf('s1')).toEqual({ id: 's1', ...BARE });
});

test("a process step's owner, system and duration", async ({ page }) => {
  await selectStep(page, 'p1');
  const details = inspector(page);
  await expect(details.getByRole('radio', { name: 'Very negative' })).toHaveCount(0);
  await details.getByRole('textbox', { name: 'Owner' }).fill('Contact centre agent');
  await details.getByRole('textbox', { name: 'System' }).fill('Claims portal');
  await details.getByRole('textbox', { name: 'Duration' }).fill('15 minutes');
  await details.getByRole('textbox', { name: 'Duration' }).blur();
  expect(await stepOf('p1')).toEqual({ id: 'p1', laneId: 'claims', title: 'Register the claim', column: 0, span: 1, owner: 'Contact centre agent', system: 'Claims portal', duration: '15 minutes' });
  await details.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await shoot(details, 'test-results/screenshots/step-details-process-step.png');

  await undo();
  expect(await stepOf('p1')).not.toHaveProperty('duration');
  expect((await stepOf('p1')).system).toBe('Claims portal');
});

test('Add opportunity in the step section starts an opportunity on that step', async ({ page }) => {
  await selectStep(page, 's2');
  await inspector(page).getByRole('button', { name: 'Add opportunity' }).click();
  expect((await workbench.map())!.opportunities).toEqual([expect.objectContaining({ target: { kind: 'step', stepId: 's2' } })]);
});

test("a journey lane's section picks its persona and shows its emotion curve", async ({ page }) => {
  const lane = await workbench.laneBox('home');
  await page.mouse.click(lane.x + 40, lane.y + 40);
  const details = inspector(page);
  await expect(details.getByRole('heading', { name: 'Journey lane' })).toBeVisible();
  await expect(details.getByRole('combobox', { name: 'Persona' })).toBeVisible();
  await expect(details.getByRole('textbox', { name: 'Persona' })).toHaveCount(0);
  await details.getByRole('checkbox', { name: 'Show emotion curve' }).check();
  expect((await workbench.map())!.lanes[0]).toMatchObject({ id: 'home', showEmotionCurve: true });
  await shoot(details, 'test-results/screenshots/step-details-journey-lane.png');
});

test.describe('on a sharp screen', () => {
  // Twice the pixels, so the screenshot of the small marks can be judged.
  test.use({ deviceScaleFactor: 2 });

  test('the cards show a star for a moment that matters, a dashed outline when assumed, a dotted one when proposed, and their pain points counted', async ({ page }) => {
    const [calls, waits, register] = MAP.map.steps;
    const steps = [
      { ...calls, momentThatMatters: true, evidence: 'assumed', painPoints: ['On hold', 'Repeats the number'] },
      { ...waits, evidence: 'proposed', painPoints: ['Takes a day off'] },
      register,
    ];
    await page.evaluate((map) => window.workbench.load(map), { ...MAP, map: { ...MAP.map, steps } });
    await expect(workbench.mapTitle).toHaveText('Storm claim');
    const first = await workbench.stepBox('s1');
    const second = await workbench.stepBox('s2');
    // The star sits on the top edge, where the title's text begins; the plain card's edge there is only its outline.
    const starOf = (card: { x: number; y: number }) => ({ x: card.x + 18, y: card.y });
    await shoot(page, 'test-results/screenshots/step-details-cards.png', {
      x: first.x - 24,
      y: first.y - 24,
      width: second.x + second.width - first.x + 48,
      height: first.height + 48,
    });
    await expect.poll(() => workbench.canvasColourAt(starOf(first))).toBe('#1f2933');
    expect(await workbench.canvasColourAt(starOf(second))).not.toBe('#1f2933');
  });
});
