import { expect, test, type Page } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The capture bar in the room: what people say goes on the map as fast as they say it.

const FIXTURE = JSON.parse(projectFile('tests/fixtures/examples/home-insurance-claim.journey').text) as { map: JourneyMap };

/** Keys pressed beyond the titles' own text (lane names included), counted as a facilitator presses them. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key);
  }
  /** Types text that is a step's or a lane's own words: not counted. */
  async words(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  /** Types signs and separators: each character counted. */
  async signs(text: string): Promise<void> {
    this.count += text.length;
    await this.page.keyboard.type(text);
  }
}

const stepsIn = (map: JourneyMap, laneTitle: string) => {
  const lane = map.lanes.find((candidate) => candidate.title === laneTitle)!;
  return map.steps
    .filter((step) => step.laneId === lane.id)
    .sort((a, b) => a.column - b.column)
    .map((step) => step.title);
};

test('the home-insurance journey is captured from an empty map in at most 40 keystrokes beyond its words, one undo step per line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await expect(workbench.emptyState).toBeVisible();
  const keys = new Keys(page);
  await keys.press('Control+k');
  const bar = page.getByRole('search', { name: 'Capture' });
  const line = bar.getByRole('textbox', { name: 'Capture a step' });
  await expect(line).toBeFocused();
  await expect(bar).toContainText('Next: the first step of a new journey lane');

  const lanes = new Map(FIXTURE.map.lanes.map((lane) => [lane.id, lane]));
  const journey = FIXTURE.map.steps.filter((step) => step.laneId === 'cust').sort((a, b) => a.column - b.column);
  const named = new Set<string>();
  for (const moment of journey) {
    await keys.words(moment.title);
    await keys.press('Enter');
    // What the organisation (and the context) does at this moment, named by its lane the first time.
    for (const other of FIXTURE.map.steps.filter((step) => step.laneId !== 'cust' && step.column === moment.column)) {
      const lane = lanes.get(other.laneId)!;
      await keys.signs(lane.kind === 'process' ? '> ' : '~ ');
      if (!named.has(lane.id)) {
        await keys.words(lane.title);
        await keys.signs(': ');
        named.add(lane.id);
      }
      await keys.words(other.title);
      await keys.press('Enter');
    }
  }
  await expect(line).toHaveValue('');
  await page.screenshot({ path: 'test-results/screenshots/capture-bar-1280.png' });
  expect(keys.count).toBeLessThanOrEqual(40);

  const map = (await workbench.map())!;
  expect(stepsIn(map, 'Customer')).toEqual(journey.map((step) => step.title));
  for (const lane of FIXTURE.map.lanes.filter((candidate) => candidate.kind !== 'journey')) {
    const expected = FIXTURE.map.steps.filter((step) => step.laneId === lane.id && step.column <= 9).map((step) => step.title);
    expect(stepsIn(map, lane.title)).toEqual(expected);
  }
  // Each process step sits under the moment it was said at.
  const columnOf = (title: string) => map.steps.find((step) => step.title === title)!.column;
  expect(columnOf('Register the claim')).toBe(columnOf('Calls the insurer'));
  expect(columnOf('Pay out')).toBe(columnOf('Receives the payment'));

  // Ctrl+Z on the empty line takes back one line at a time.
  const before = map.steps.length;
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await workbench.map())!.steps.length).toBe(before - 1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await workbench.map())!.steps.length).toBe(before - 2);
  await expect(line).toBeFocused();

  // Escape closes the bar; the focus goes back to the page.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
});

test('pasted lines become a step (or a note) each, / on the canvas opens the bar, and / in a title types a slash', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(projectFile('tests/fixtures/examples/home-insurance-claim.journey'));
  await workbench.canvas.focus();
  await page.keyboard.press('/');
  const bar = page.getByRole('search', { name: 'Capture' });
  const line = bar.getByRole('textbox', { name: 'Capture a step' });
  await expect(line).toBeFocused();
  await expect(bar).toContainText('Next: a journey step after “Renews or leaves”');

  await line.evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Reads the renewal letter\n> Finance: Sends the renewal\n? Does anyone own the roofer list?\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(async () => (await workbench.map())!.notes?.map((note) => note.text)).toEqual(['Does anyone own the roofer list?']);
  const map = (await workbench.map())!;
  const renewal = map.steps.find((step) => step.title === 'Reads the renewal letter')!;
  expect(map.steps.find((step) => step.title === 'Sends the renewal')!.column).toBe(renewal.column);
  await expect(page.getByRole('status')).toContainText('Parked');

  // Undo takes the paste back line by line: the note first.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await workbench.map())!.notes).toBeUndefined();
  expect((await workbench.map())!.steps.some((step) => step.title === 'Sends the renewal')).toBe(true);

  // Escape gives the focus back to the canvas; in a title edited in place / is just a slash.
  await page.keyboard.press('Escape');
  await expect(workbench.canvas).toBeFocused();
  await workbench.revealColumn('cust', 3);
  const card = await workbench.stepBox('c4');
  await page.mouse.dblclick(card.x + card.width / 2, card.y + card.height / 2);
  await page.keyboard.press('End');
  await page.keyboard.type(' / 24h');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await workbench.map())!.steps.find((step) => step.id === 'c4')!.title).toBe('Calls the insurer / 24h');
  await expect(bar).toBeHidden();
});
