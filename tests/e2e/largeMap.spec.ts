import { expect, test } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import { syntheticMap } from '../bench/syntheticMap';
import { WorkbenchPage } from './support/workbenchPage';

// A large map, as an import makes them: dropped on the window, the status line says it is being
// opened before the page is busy reading it, and the map is then shown and fitted.

test('a large map dropped on the window says it is opening, then shows, fits and can be worked on', async ({ page }) => {
  test.setTimeout(60_000);
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  const map = { ...syntheticMap(30_000), title: 'Thirty thousand steps' };
  // Every message the status line shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { notices: string[] }).notices = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      if (text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await workbench.dropFile({ name: 'thirty-thousand.journey', text: serialise(map) });
  await expect(workbench.mapTitle).toHaveText('Thirty thousand steps', { timeout: 30_000 });
  const notices = await page.evaluate(() => (window as unknown as { notices: string[] }).notices);
  expect(notices.some((notice) => notice.includes('Opening “thirty-thousand.journey”…'))).toBe(true);
  await expect(page.getByRole('status')).not.toContainText('Opening');
  expect((await workbench.map())!.steps).toHaveLength(30_000);
  expect(await workbench.run('view.zoomFit')).toBe(true);
  await workbench.screenshot('test-results/screenshots/large-map-fitted.png');
});
