import { expect, test, type Page } from '@playwright/test';
import type { PresentationStatus } from '../../renderer/presentation/presentationStatus';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// Presenting the home-insurance example in the browser edition: the slides one by one with the
// clicker's keys, the automation API following, the editor out of reach, and screenshots of the
// overview, a stage and the summary at 1280 × 720 and 1920 × 1080 (looked at; the 1280 × 720 ones
// are the README's).

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');

/** The example after a vote of three people with three dots each, revealed: the summary shows its result. */
function votedExample(): { name: string; text: string } {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: Record<string, unknown> };
  file.map.votes = [
    {
      id: 'vote-1',
      question: 'Where should we act first?',
      dotsPerPerson: 3,
      people: 3,
      revealed: true,
      dots: [
        { target: { kind: 'gap', stepId: 'c2' }, count: 4 },
        { target: { kind: 'step', stepId: 'c5' }, count: 3 },
        { target: { kind: 'opportunity', opportunityId: 'opportunity-3' }, count: 2 },
      ],
    },
  ];
  return { name: HOME_INSURANCE.name, text: JSON.stringify(file) };
}

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(HOME_INSURANCE);
  await expect(workbench.mapTitle).toHaveText('Home insurance claim');
});

const status = (page: Page): Promise<PresentationStatus> => page.evaluate(() => window.workbench.presentation());
const presentation = (page: Page) => page.getByRole('region', { name: 'Presentation of Home insurance claim' });
const slide = (page: Page) => presentation(page).locator('[aria-roledescription="slide"]');

/** Starts the presentation as a presenter does: focus on the canvas, F5. */
async function present(page: Page): Promise<void> {
  await workbench.canvas.focus();
  await page.keyboard.press('F5');
  await expect(presentation(page)).toBeVisible();
}

/** The slides of the example, as the automation API names them, in order. */
const SLIDES = [
  { slide: 1, kind: 'overview' },
  { slide: 2, kind: 'stage', stageId: 'st-before' },
  { slide: 3, kind: 'stage', stageId: 'st-claim' },
  { slide: 4, kind: 'stage', stageId: 'st-after' },
  { slide: 5, kind: 'summary' },
] as const;

test('F5 presents the map; PageDown walks every slide and PageUp walks back, and the automation API follows', async ({ page }) => {
  expect(await status(page)).toMatchObject({ active: false, slide: 1, slides: 5, kind: 'overview' });
  await present(page);
  // The editor is hidden and out of reach: toolbar, outline, canvas, panels.
  await expect(workbench.toolbar).toBeHidden();
  await expect(workbench.canvas).toBeHidden();
  await expect(workbench.gapsPanel).toBeHidden();

  for (const [index, expected] of SLIDES.entries()) {
    if (index > 0) {
      await page.keyboard.press('PageDown');
      // Each slide comes in from the right, by transform and opacity, in under 300 ms.
      const entrance = await slide(page).evaluate((element) => ({ name: getComputedStyle(element).animationName, seconds: parseFloat(getComputedStyle(element).animationDuration) }));
      expect(entrance.name).toBe('slide-in-forward');
      expect(entrance.seconds).toBeLessThan(0.3);
    }
    await expect.poll(() => status(page)).toEqual({ active: true, slides: 5, blanked: false, ...expected });
    await expect(slide(page)).toHaveAttribute('aria-label', new RegExp(`^Slide ${expected.slide} of 5: `));
  }
  // Past the last slide PageDown stays on it.
  await page.keyboard.press('PageDown');
  expect((await status(page)).slide).toBe(5);
  for (const expected of [...SLIDES].reverse().slice(1)) {
    await page.keyboard.press('PageUp');
    await expect.poll(() => status(page)).toEqual({ active: true, slides: 5, blanked: false, ...expected });
  }
  await expect(slide(page)).toHaveAttribute('aria-label', 'Slide 1 of 5: Home insurance claim');

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect(workbench.toolbar).toBeVisible();
  expect(await status(page)).toMatchObject({ active: false });
});

test('the clicker’s other keys: Right and Left, Home and End, a number and Enter, B and the full stop', async ({ page }) => {
  await present(page);
  const at = async () => (await status(page)).slide;
  await page.keyboard.press('ArrowRight');
  await expect.poll(at).toBe(2);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(at).toBe(1);
  await page.keyboard.press('End');
  await expect.poll(at).toBe(5);
  await page.keyboard.press('Home');
  await expect.poll(at).toBe(1);
  await page.keyboard.press('4');
  await expect(presentation(page).getByText('Go to slide 4 ↵')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(at).toBe(4);
  await page.keyboard.press(' ');
  await expect.poll(at).toBe(5);

  await page.keyboard.press('b');
  await expect.poll(async () => (await status(page)).blanked).toBe(true);
  await expect(presentation(page).getByRole('img', { name: /Screen blanked/ })).toBeVisible();
  // A move while blank only brings the slide back.
  await page.keyboard.press('PageUp');
  await expect.poll(() => status(page)).toMatchObject({ slide: 5, blanked: false });
  await page.keyboard.press('.');
  await expect.poll(async () => (await status(page)).blanked).toBe(true);
  await page.keyboard.press('.');
  await expect.poll(async () => (await status(page)).blanked).toBe(false);
});

test('while presenting no key reaches the editor and nothing edits the map; Escape shows the stage that was on screen', async ({ page }) => {
  const before = await workbench.map();
  // A step selected far off in the editor, which the editor must still have selected afterwards.
  expect(await page.evaluate(() => window.workbench.run('selection.all'))).toBe(true);
  await present(page);
  for (const key of ['Delete', 'Backspace', 'n', 'N', 'F2', 'Control+z', 'Control+Shift+z', 'Control+y', 'Control+x', 'Control+v', 'Control+d', 'Alt+ArrowRight', 'Shift+1', 'a', 'Tab', 'Enter']) {
    await page.keyboard.press(key);
  }
  await page.keyboard.type('wind');
  // Neither a script nor the native menu (both run commands by id) can edit the map meanwhile.
  expect(await page.evaluate(() => ['selection.delete', 'step.add', 'history.undo', 'lane.addProcess'].map((id) => window.workbench.run(id)))).toEqual([false, false, false, false]);
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect.poll(() => status(page)).toMatchObject({ slide: 4, stageId: 'st-after' });

  await page.keyboard.press('Escape');
  await expect(workbench.canvas).toBeVisible();
  expect(await workbench.map()).toEqual(before);
  expect(await page.evaluate(() => window.workbench.run('history.undo'))).toBe(false);
  // The editor shows the stage that was on screen, Back to normal (columns 8 to 10), from its start:
  // at 100 % its three columns are a little wider than the canvas between outline and panels.
  const canvas = (await workbench.canvas.boundingBox())!;
  const shown = async (stepId: string) => {
    const box = await workbench.stepBox(stepId);
    return { whole: box.x >= canvas.x + 184 && box.x + box.width <= canvas.x + canvas.width, begun: box.x < canvas.x + canvas.width };
  };
  await expect.poll(() => shown('c8')).toEqual({ whole: true, begun: true });
  expect(await shown('c9')).toEqual({ whole: true, begun: true });
  expect((await shown('c10')).begun).toBe(true);
  // Selection untouched: every step is still selected, so Delete deletes them all.
  await workbench.canvas.focus();
  await page.keyboard.press('Delete');
  expect((await workbench.map())!.steps).toEqual([]);
});

test('full screen: F5 takes the page full screen and Escape brings it back; the browser leaving full screen on its own ends the presentation', async ({ page }) => {
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await present(page);
  await expect.poll(fullScreen).toBe(true);
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
  await expect.poll(fullScreen).toBe(false);

  await present(page);
  await expect.poll(fullScreen).toBe(true);
  await page.keyboard.press('PageDown');
  // What the browser does on its own Escape, before the page hears the key.
  await page.evaluate(() => document.exitFullscreen());
  await expect(presentation(page)).toBeHidden();
  expect((await status(page)).active).toBe(false);
});

test('where the browser refuses full screen, the presentation fills the window', async ({ page }) => {
  // As a browser answers a request that no key or click led to, or a page in a frame that may not go full screen.
  await page.evaluate(() => {
    document.documentElement.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await present(page);
  await expect(presentation(page)).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  const viewport = page.viewportSize()!;
  expect(await presentation(page).boundingBox()).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await status(page)).slide).toBe(2);
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
});

test('the Workshop menu presents too, and the light stage is a preference', async ({ page }) => {
  await page.keyboard.press('Control+,');
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByRole('group', { name: 'Presentation stage' }).getByRole('radio', { name: 'Light' }).click();
  await page.keyboard.press('Escape');
  await workbench.toolbar.getByRole('button', { name: 'Workshop' }).click();
  await page.getByRole('menu', { name: 'Workshop' }).getByRole('menuitem', { name: /^Present/ }).click();
  await expect(presentation(page)).toHaveClass(/presentation--light/);
  const background = await presentation(page).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe('rgb(246, 246, 243)');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await workbench.screenshot('test-results/screenshots/present-light-stage.png');
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toBeHidden();
});

for (const size of [
  { width: 1280, height: 720, folder: 'assets/readme', suffix: '' },
  { width: 1920, height: 1080, folder: 'test-results/screenshots', suffix: '-1920' },
]) {
  test(`screenshots at ${size.width} × ${size.height}: the overview, a stage and the summary, with titles at twice their canvas size`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await workbench.load(votedExample());
    await page.evaluate(() => document.fonts.ready);
    await present(page);
    const shoot = async (name: string, folder = size.folder) => {
      // Each slide comes in with a short animation; the picture is of the slide at rest.
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      await workbench.screenshot(`${folder}/present-${name}${size.suffix}.png`);
    };
    await shoot('overview');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => status(page)).toMatchObject({ slide: 3, stageId: 'st-claim' });
    const sizes = await slide(page).locator('.slide-card__title').evaluateAll((titles) => titles.map((title) => parseFloat(getComputedStyle(title).fontSize)));
    expect(sizes).toHaveLength(7);
    // Twice the canvas's 14 px at 1280 × 720, and half as big again at 1920 × 1080.
    for (const fontSize of sizes) expect(fontSize).toBeCloseTo((28 * size.width) / 1280, 1);
    await shoot('stage');
    await page.keyboard.press('End');
    await expect.poll(() => status(page)).toMatchObject({ kind: 'summary' });
    await expect(slide(page).getByText('Where should we act first?')).toBeVisible();
    await shoot('summary');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await shoot('stage-gap', 'test-results/screenshots');
  });
}
