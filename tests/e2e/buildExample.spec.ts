import { expect, test, type Locator, type Page } from '@playwright/test';
import type { CoverageAnalysis } from '../../shared/analysis/coverage';
import type { JourneyMap, LaneKind } from '../../shared/model/journeyMap';
import { centre, projectFile, WorkbenchPage } from './support/workbenchPage';

// The home-insurance example built from an empty document as a consultant builds it in a
// workshop: once with the mouse on the canvas, once with the keyboard in the outline. The
// automation API only reads state and says where things are on screen; every edit is real input.

const FIXTURE = JSON.parse(projectFile('tests/fixtures/examples/home-insurance-claim.journey').text) as { map: JourneyMap };
const EXPECTED = JSON.parse(projectFile('tests/fixtures/examples/home-insurance-claim.expected.json').text) as CoverageAnalysis;

/** The example's lanes in screen order, with their kinds. */
const LANES: readonly { kind: LaneKind; title: string }[] = FIXTURE.map.lanes.map(({ kind, title }) => ({ kind, title }));
const laneTitleOf = (laneId: string): string => FIXTURE.map.lanes.find((lane) => lane.id === laneId)!.title;
/** The example's steps of one lane, by the lane's title, in column order. */
const stepsOf = (laneTitle: string) =>
  FIXTURE.map.steps.filter((step) => laneTitleOf(step.laneId) === laneTitle).sort((a, b) => a.column - b.column);

/** An analysis with titles in place of ids, so a map built by hand (with ids of its own) compares with the fixture's. */
function byTitles(analysis: CoverageAnalysis, map: JourneyMap) {
  const step = (id: string) => map.steps.find((candidate) => candidate.id === id)?.title ?? `(no step ${id})`;
  const lane = (id: string) => map.lanes.find((candidate) => candidate.id === id)?.title ?? `(no lane ${id})`;
  return {
    lanes: analysis.lanes.map((coverage) => ({
      ...coverage,
      laneId: lane(coverage.laneId),
      gaps: coverage.gaps.map((gap) => ({ ...gap, stepIds: gap.stepIds.map(step), ...(gap.accompaniedBy ? { accompaniedBy: gap.accompaniedBy.map(step) } : {}) })),
    })),
    unanchoredProcessStepIds: analysis.unanchoredProcessStepIds.map(step),
  };
}

/** An expected analysis with any severity for its gaps: severities depend on the emotions a map records. */
function anySeverity(analysis: ReturnType<typeof byTitles>) {
  return { ...analysis, lanes: analysis.lanes.map((lane) => ({ ...lane, gaps: lane.gaps.map((gap) => ({ ...gap, severity: expect.any(Number) })) })) };
}

/** The built map, lane by lane: title, kind, and its steps as [title, column, span] in column order. */
function shapeOf(map: JourneyMap) {
  return map.lanes.map((lane) => ({
    kind: lane.kind,
    title: lane.title,
    steps: map.steps
      .filter((step) => step.laneId === lane.id)
      .sort((a, b) => a.column - b.column)
      .map((step) => [step.title, step.column, step.span ?? 1]),
  }));
}

const EXPECTED_SHAPE = shapeOf(FIXTURE.map);

/** Checks what the finished map must show: the same lanes and steps as the example, its analysis, and the gaps panel. */
async function expectTheExample(workbench: WorkbenchPage): Promise<void> {
  const map = (await workbench.map())!;
  expect(shapeOf(map)).toEqual(EXPECTED_SHAPE);
  const analysis = (await workbench.analysis())!;
  // The map is built without the example's emotions, so its gaps are as severe as they are long:
  // each step weighs 1. Everything else is the example's analysis.
  expect(analysis.lanes[0]!.gaps.map((gap) => gap.severity)).toEqual([3, 3]);
  expect(byTitles(analysis, map)).toMatchObject(anySeverity(byTitles(EXPECTED, FIXTURE.map)));
  expect(analysis.lanes[0]).toMatchObject({ steps: 10, covered: 4, coverage: 0.4 });

  const gaps = workbench.gapsPanel;
  await expect(gaps).toContainText('40%');
  const before = gaps.getByRole('button', { name: /^Before/ });
  const after = gaps.getByRole('button', { name: /^After/ });
  await expect(before.locator('.gap__step')).toHaveText(['Storm damages the roof;', 'Makes the house safe;', 'Looks up the policy.']);
  await expect(before).toContainText('Columns 1–3 · 3 steps');
  await expect(before).toContainText('With the customer: Neighbour helps tarp the roof');
  await expect(after.locator('.gap__step')).toHaveText(['Finds a roofer;', 'Roof is repaired;', 'Renews or leaves.']);
  await expect(after).toContainText('Columns 8–10 · 3 steps');
  await expect(after).toContainText("With the customer: Roofers' quotes");
  await expect(gaps.getByRole('button', { name: /^Between/ })).toHaveCount(0);
  await expect(gaps).toContainText('Month-end reserve booking');
  await expect(workbench.mapTitle).toHaveText(FIXTURE.map.title);
  await expect(workbench.canvas).toHaveAccessibleName(`${FIXTURE.map.title}: 5 lanes, 16 steps, 2 gaps`);
}

/** The map title field of the details panel, shown while nothing is selected. */
const mapTitleField = (page: Page): Locator => page.getByRole('complementary', { name: 'Details' }).getByRole('textbox', { name: 'Map title' });

// A projector-sized window, as in the canvas spec: about eight columns show, so the later ones are scrolled to.
const VIEWPORT = { width: 1920, height: 1080 };

test.describe.serial('built with the mouse on the canvas', () => {
  let page: Page;
  let workbench: WorkbenchPage;

  test.beforeAll(async ({ browser }, testInfo) => {
    page = await browser.newPage({ viewport: VIEWPORT, baseURL: testInfo.project.use.baseURL });
    workbench = new WorkbenchPage(page);
    await workbench.goto();
  });

  test.afterAll(async () => {
    await page.close();
  });

  const laneIdOf = async (title: string): Promise<string> => (await workbench.map())!.lanes.find((lane) => lane.title === title)!.id;
  const stepIdOf = async (title: string): Promise<string> => (await workbench.map())!.steps.find((step) => step.title === title)!.id;
  const stepTitle = (): Locator => page.getByRole('textbox', { name: 'Step title' });

  /** Double-clicks a lane's header and types its new title. */
  async function renameLane(laneId: string, title: string): Promise<void> {
    const header = await workbench.laneBox(laneId);
    await page.mouse.dblclick(header.x + 60, header.y + 40);
    const field = page.getByRole('textbox', { name: 'Lane title' });
    await expect(field).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(field).toBeHidden();
  }

  /** Adds a step by double-clicking an empty cell, and types its title. */
  async function doubleClickStep(laneId: string, column: number, title: string): Promise<void> {
    await workbench.revealColumn(laneId, column);
    const cell = await workbench.cellCenter(laneId, column);
    await page.mouse.dblclick(cell.x, cell.y);
    await expect(stepTitle()).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(stepTitle()).toBeHidden();
  }

  /** Drags the palette's Step chip onto a lane's cell, and types the new step's title. */
  async function paletteStep(laneId: string, column: number, title: string): Promise<void> {
    await workbench.revealColumn(laneId, column);
    const chip = (await workbench.paletteStep.boundingBox())!;
    await workbench.drag(centre(chip), await workbench.cellCenter(laneId, column), { moves: 16 });
    await expect(stepTitle()).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(stepTitle()).toBeHidden();
  }

  /** Selects a card with a click and drags its resize grip one column wider. */
  async function widen(stepTitleText: string): Promise<void> {
    const stepId = await stepIdOf(stepTitleText);
    const step = (await workbench.map())!.steps.find((candidate) => candidate.id === stepId)!;
    await workbench.revealColumn(step.laneId, step.column + 1);
    const box = await workbench.stepBox(stepId);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const column = (await workbench.cellCenter(step.laneId, 1)).x - (await workbench.cellCenter(step.laneId, 0)).x;
    const y = box.y + box.height / 2;
    await workbench.drag({ x: box.x + box.width - 1, y }, { x: box.x + box.width + column * 1.1, y });
    await expect.poll(async () => (await workbench.map())!.steps.find((candidate) => candidate.id === stepId)!.span).toBe(step.span + 1);
  }

  test('the home-insurance example is built from an empty document with mouse drags, and its gaps are the example\'s', async () => {
    test.setTimeout(90_000);
    // A new map is called "Untitled map": the click puts the caret in it, Ctrl+A takes the whole.
    await mapTitleField(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(FIXTURE.map.title);
    await page.keyboard.press('Enter');
    await expect(workbench.mapTitle).toHaveText(FIXTURE.map.title);

    // Lanes: the first from the empty state, the others from the toolbar's Add lane menu.
    await workbench.emptyState.getByRole('button', { name: 'Add a journey lane' }).click();
    for (const kind of ['context', 'process', 'process', 'process'] as const) {
      await workbench.addLaneFromToolbar(kind);
    }
    const lanes = (await workbench.map())!.lanes;
    expect(lanes.map((lane) => lane.kind)).toEqual(LANES.map((lane) => lane.kind));
    // Each is renamed in place on the canvas.
    for (const [index, lane] of lanes.entries()) await renameLane(lane.id, LANES[index]!.title);
    expect((await workbench.map())!.lanes.map((lane) => lane.title)).toEqual(LANES.map((lane) => lane.title));

    // The customer's journey, one double-click per empty cell, left to right.
    const journey = await laneIdOf('Home owner');
    for (const step of stepsOf('Home owner')) await doubleClickStep(journey, step.column, step.title);

    // Everyone else, dragged from the palette onto their lane and column; the wide ones widened by their grip.
    for (const lane of LANES.filter((candidate) => candidate.kind !== 'journey')) {
      const laneId = await laneIdOf(lane.title);
      for (const step of stepsOf(lane.title)) {
        await paletteStep(laneId, step.column, step.title);
        for (let span = 1; span < (step.span ?? 1); span++) await widen(step.title);
      }
    }

    await expectTheExample(workbench);
    // The whole map in view for the picture.
    await workbench.revealColumn(journey, 0);
    await page.keyboard.press('Escape');
    await workbench.screenshot('test-results/screenshots/built-by-mouse.png');
  });

  test('an outline edit shows on the canvas, and an in-place edit on the canvas shows in the outline', async () => {
    const outline = page.getByRole('region', { name: 'Outline' });
    const journey = await laneIdOf('Home owner');
    await workbench.revealColumn(journey, 3);

    // Outline → canvas: the card repaints with the new title, and its in-place editor holds it.
    const calls = await stepIdOf('Calls the insurer');
    const card = await workbench.stepBox(calls);
    const cardPixels = () => page.screenshot({ clip: card, animations: 'disabled' });
    const before = await cardPixels();
    const field = outline.getByRole('textbox', { name: 'Step 4 of Home owner, column 4' });
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Phones the insurer');
    await expect.poll(async () => (await workbench.map())!.steps.find((step) => step.id === calls)!.title).toBe('Phones the insurer');
    await expect.poll(async () => (await cardPixels()).equals(before)).toBe(false);
    await page.mouse.dblclick(card.x + card.width / 2, card.y + card.height / 2);
    await expect(page.getByRole('textbox', { name: 'Step title' })).toHaveValue('Phones the insurer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Step title' })).toBeHidden();

    // Canvas → outline: a title typed on the card is the outline's.
    const policy = await workbench.stepBox(await stepIdOf('Looks up the policy'));
    await page.mouse.dblclick(policy.x + policy.width / 2, policy.y + policy.height / 2);
    await expect(page.getByRole('textbox', { name: 'Step title' })).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Reads the small print');
    await page.keyboard.press('Enter');
    await expect(outline.getByRole('textbox', { name: 'Step 3 of Home owner, column 3' })).toHaveValue('Reads the small print');
    await expect(workbench.gapsPanel.getByRole('button', { name: /^Before/ })).toContainText('Reads the small print');

    // Both back, by undo: each edit is one entry.
    await page.keyboard.press('Control+Z');
    await expect(outline.getByRole('textbox', { name: 'Step 3 of Home owner, column 3' })).toHaveValue('Looks up the policy');
    await page.keyboard.press('Control+Z');
    await expect(field).toHaveValue('Calls the insurer');
    await expectTheExample(workbench);
  });

  test('a process card in the hand shows its drop preview and the gaps it would make; the drop keeps them, undo takes them back', async () => {
    const finance = await laneIdOf('Finance');
    const payOut = await stepIdOf('Pay out');
    await workbench.revealColumn(finance, 8);

    // Pay out carried from column 7 to column 9: half way there, in the hand.
    const from = centre(await workbench.stepBox(payOut));
    const to = await workbench.cellCenter(finance, 8);
    await workbench.drag(from, { x: (from.x + to.x) / 2 + 4, y: from.y }, { release: false });
    expect((await workbench.map())!.steps.find((step) => step.id === payOut)!.column).toBe(6);
    await workbench.screenshot('test-results/screenshots/drag-in-progress.png');
    const half = centre(await workbench.stepBox(payOut));
    for (let i = 1; i <= 8; i++) await page.mouse.move(half.x + ((to.x - half.x) * i) / 8, half.y);
    await page.mouse.up();

    // Paid later, the customer waits alone for the money: a between-gap opens, the after-gap shrinks.
    const map = (await workbench.map())!;
    expect(map.steps.find((step) => step.id === payOut)).toMatchObject({ laneId: finance, column: 8 });
    const kinds = byTitles((await workbench.analysis())!, map).lanes[0]!.gaps.map((gap) => [gap.kind, gap.stepIds]);
    expect(kinds).toEqual([
      ['before', ['Storm damages the roof', 'Makes the house safe', 'Looks up the policy']],
      ['between', ['Receives the payment', 'Finds a roofer']],
      ['after', ['Renews or leaves']],
    ]);
    await expect(workbench.gapsPanel.getByRole('button', { name: /^Between/ })).toContainText('Receives the payment');

    await page.keyboard.press('Control+Z');
    await expectTheExample(workbench);
  });
});

test.describe('built with the keyboard only', () => {
  test.use({ viewport: VIEWPORT });

  test('the home-insurance example is built in the outline without touching the mouse, and its gaps are the example\'s', async ({ page }) => {
    test.setTimeout(90_000);
    const workbench = new WorkbenchPage(page);
    await workbench.goto();
    const outline = page.getByRole('region', { name: 'Outline' });
    const keys = page.keyboard;

    /** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user walks to it. */
    async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
      for (let presses = 0; presses < 60; presses++) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await keys.press(key);
      }
      throw new Error(`${key} never reached ${target.toString()}.`);
    }
    const addLane = (kind: LaneKind) => outline.getByRole('button', { name: `Add ${kind} lane` });
    const focusedStep = () => page.locator('.outline-step__title:focus');
    /** Alt+→ or Alt+← as many times as it takes, waiting for each move to land. */
    async function moveBy(columns: number): Promise<void> {
      for (let i = 0; i < Math.abs(columns); i++) {
        const before = await focusedStep().getAttribute('aria-label');
        await keys.press(columns > 0 ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
        await expect(focusedStep()).not.toHaveAttribute('aria-label', before!);
      }
    }

    // The map's title, in the details panel; Enter leaves the field.
    await tabTo(mapTitleField(page));
    await keys.type(FIXTURE.map.title);
    await keys.press('Enter');
    await expect(workbench.mapTitle).toHaveText(FIXTURE.map.title);

    // The customer's journey: a lane, its title, then a title and Enter per step.
    await tabTo(addLane('journey'));
    await keys.press('Enter');
    await expect(outline.getByRole('textbox', { name: 'Title of journey lane 1' })).toBeFocused();
    await keys.type('Home owner');
    await keys.press('Enter');
    const journey = stepsOf('Home owner');
    for (const [index, step] of journey.entries()) {
      await expect(outline.getByRole('textbox', { name: `Step ${index + 1} of Home owner, column ${index + 1}` })).toBeFocused();
      await keys.type(step.title);
      if (index < journey.length - 1) await keys.press('Enter');
    }
    // Escape leaves the steps for the add-lane buttons.
    await keys.press('Escape');
    await expect(addLane('journey')).toBeFocused();

    // The neighbours and contractors: moved along the columns with Alt+→, the quotes widened with Alt+Shift+→.
    await tabTo(addLane('context'));
    await keys.press('Enter');
    await keys.type('Neighbours, contractors');
    await keys.press('Enter');
    await keys.type('Neighbour helps tarp the roof');
    await moveBy(1);
    await keys.press('Enter');
    await keys.type("Roofers' quotes");
    await moveBy(5);
    await keys.press('Alt+Shift+ArrowRight');
    await expect(outline.getByRole('group', { name: 'Neighbours, contractors' }).locator('.outline-step__column')).toHaveText(['2', '8–9']);
    await keys.press('Escape');

    // Three departments, named one after the other.
    for (const title of ['Contact centre', 'Claims handling', 'Finance']) {
      await tabTo(addLane('process'));
      await keys.press('Enter');
      await expect(page.locator('.outline-lane__title:focus')).toHaveCount(1);
      await keys.type(title);
    }

    // Their steps are typed in the contact centre and handed on with Alt+↓ to the lane below.
    await tabTo(outline.getByRole('group', { name: 'Contact centre' }).getByRole('button', { name: '+ Add first step' }), 'Shift+Tab');
    await keys.press('Enter');
    await keys.type('Register the claim');
    await moveBy(3);
    await keys.press('Enter');
    await keys.type('Assign and visit');
    await keys.press('Alt+ArrowDown');
    await expect(outline.getByRole('textbox', { name: 'Step 1 of Claims handling, column 5' })).toBeFocused();
    await keys.press('Alt+Shift+ArrowRight');
    await keys.press('Enter');
    await expect(outline.getByRole('textbox', { name: 'Step 2 of Claims handling, column 7' })).toBeFocused();
    await keys.type('Pay out');
    await keys.press('Alt+ArrowDown');
    await expect(outline.getByRole('textbox', { name: 'Step 1 of Finance, column 7' })).toBeFocused();
    await keys.press('Enter');
    await keys.type('Month-end reserve booking');
    // Typed one lane too low at first: Alt+↑ hands it back up, Alt+↓ down again.
    await keys.press('Alt+ArrowUp');
    await expect(outline.getByRole('textbox', { name: /^Step \d of Claims handling, column 8$/ })).toBeFocused();
    await keys.press('Alt+ArrowDown');
    await moveBy(4);
    await expect(outline.getByRole('textbox', { name: 'Step 2 of Finance, column 12' })).toBeFocused();

    await expectTheExample(workbench);
    await workbench.screenshot('test-results/screenshots/built-by-keyboard.png');
  });
});
