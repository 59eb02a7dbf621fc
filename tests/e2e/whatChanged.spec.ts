import { expect, test } from '@playwright/test';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { projectFile } from './support/workbenchPage';
import { pdfPictures, pdfText, ReportPage } from './support/reportPage';

// The report exported from the compare view: a What changed section after the map, with the
// compare map, coverage before → after, the gaps closed, opened and changed and the changed steps.

const asIs = projectFile('tests/fixtures/compare/home-insurance-as-is.journey').text;
const toBe = projectFile('tests/fixtures/compare/home-insurance-to-be.journey').text;
const OPTIONS: ReportOptions = { page: 'A4', orientation: 'landscape', date: '2026-12-06', compare: { before: asIs, beforeName: 'As-is, workshop 1', afterName: 'To-be' } };

test('a report exported from the compare view says what changed, on screen and in the PDF', async ({ page }, testInfo) => {
  const report = new ReportPage(page);
  await report.goto();
  expect(await report.render(toBe, OPTIONS)).toMatchObject({ ok: true });
  const section = page.getByRole('region', { name: 'What changed' });
  await expect(section.getByRole('heading', { name: 'As-is, workshop 1 → To-be' })).toBeVisible();
  await expect(section).toContainText('Home owner: coverage 40 % → 70 %');
  await expect(section.locator('tr[data-gap-change="Closed"]')).toContainText('Storm damages the roof');
  await expect(section.getByRole('img', { name: /^What changed on the map/ })).toBeVisible();

  const path = testInfo.outputPath('what-changed.pdf');
  await report.pdf(path);
  const printed = pdfText(path);
  for (const expected of ['WHAT CHANGED', 'As-is, workshop 1 → To-be', 'Closed', 'Opened', 'Shrunk', 'Month-end reserve booking', 'was “Waits for the assessor”']) expect(printed).toContain(expected);
  // The cover and the map come first: What changed follows them.
  pdfPictures(path, 'what-changed', 4, 5);

  // Without the compare, the same map's report has no such section; a broken map before is refused with the loader's words.
  expect(await report.render(toBe, { page: 'A4', orientation: 'landscape' })).toMatchObject({ ok: true });
  await expect(page.getByRole('region', { name: 'What changed' })).toHaveCount(0);
  expect(await report.render(toBe, { ...OPTIONS, compare: { ...OPTIONS.compare!, before: '{}' } })).toMatchObject({ ok: false, message: expect.stringMatching(/^The map compared with cannot be read: This is not an Outside-In map/) });
});
