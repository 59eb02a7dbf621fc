import { expect, test } from '@playwright/test';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { projectFile, WorkbenchPage, type TestFile } from './support/workbenchPage';

// Long text never breaks the layout: an unbroken word wraps or is cut with an ellipsis, and the
// whole text is there on hover; a long map title leaves the toolbar's commands and the file's
// state in view.

const HOME_INSURANCE = projectFile('assets/templates/home-insurance-claim.journey');
const LONG_WORD = 'Kundenzufriedenheitsrückmeldungsbearbeitungsprozessverantwortlichkeitsübertragungsverfahrensbeschreibungsdokumentationsanhang';
const LONG_TITLE = 'Home insurance claim after the great storm of the century, as lived by the home owners of the whole coastal region, their neighbours and every contractor they called';

/** The home-insurance example with a 126-character word in a gap's step, a lane and a persona, and a long title. */
export function longTextMap(): TestFile {
  const file = JSON.parse(HOME_INSURANCE.text) as { map: JourneyMap };
  const map = file.map;
  const steps = map.steps.map((step) => (step.id === 'c1' ? { ...step, title: `${LONG_WORD} damages the roof` } : step));
  const lanes = map.lanes.map((lane) => (lane.id === 'claims' ? { ...lane, title: LONG_WORD } : lane));
  return { name: 'long.journey', text: JSON.stringify({ ...file, map: { ...map, title: LONG_TITLE, steps, lanes } }) };
}

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  await workbench.goto();
});

test('a long word in a gap and a long map title keep the panels and the toolbar in shape', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workbench.load(longTextMap());
  await workbench.run('lane.addJourney');
  await page.keyboard.press('Escape');
  await workbench.screenshot('test-results/screenshots/long-text.png');
  // The gaps panel does not grow wider than its column: nothing in it scrolls sideways.
  const gaps = workbench.gapsPanel;
  await expect(gaps).toContainText('damages the roof');
  expect(await gaps.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  // The title is cut before the commands, and the file's state shows beside it.
  const title = (await workbench.mapTitle.boundingBox())!;
  const undo = (await workbench.toolbar.getByRole('button', { name: 'Undo' }).boundingBox())!;
  expect(title.x + title.width).toBeLessThanOrEqual(undo.x);
  await expect(workbench.toolbar.getByText('Not saved yet')).toBeVisible();
  const status = (await workbench.toolbar.getByText('Not saved yet').boundingBox())!;
  expect(status.x + status.width).toBeLessThanOrEqual(undo.x);
  await expect(workbench.mapTitle).toHaveAttribute('title', LONG_TITLE);

});
