import { expect, test } from '@playwright/test';
import { INTER_ADVANCES, INTER_CHARACTERS } from '../../shared/style/interWidths';
import { WorkbenchPage } from './support/workbenchPage';

// The deck is laid out in Node and in the page with Inter's advance widths from a table
// (shared/style/interWidths.ts): it must say what the bundled faces measure as Chromium draws them.
// When the faces change, this test fails and prints the new table to paste in.

test('the deck’s table of Inter widths matches the bundled faces', async ({ page }) => {
  await new WorkbenchPage(page).goto();
  const measured = await page.evaluate(async (characters) => {
    await Promise.all([document.fonts.load('400 100px Inter'), document.fonts.load('600 100px Inter')]);
    const context = document.createElement('canvas').getContext('2d')!;
    const widths = (weight: number): number[] => {
      context.font = `${weight} 1000px Inter`;
      return Array.from(characters).map((character) => Math.round(context.measureText(character).width));
    };
    return { 400: widths(400), 600: widths(600) };
  }, INTER_CHARACTERS);
  const off = ([400, 600] as const).flatMap((weight) =>
    Array.from(INTER_CHARACTERS).flatMap((character, index) => (Math.abs(measured[weight][index]! - INTER_ADVANCES[weight][index]!) > 1 ? [`${weight} ${character}`] : [])),
  );
  expect(off, `New table: ${JSON.stringify(measured)}`).toEqual([]);
});
