import { expect, test } from '@playwright/test';
import { analyseCoverage } from '../../shared/analysis/coverage';
import { parse } from '../../shared/format/parse';
import { serialise } from '../../shared/format/serialise';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { reportPercent } from '../../shared/words/figureWords';
import { gapKindLabel } from '../../shared/words/gapKindWords';
import { syntheticMap } from '../bench/syntheticMap';
import { projectFile } from './support/workbenchPage';
import { pdfFacts, pdfFonts, pdfPictures, pdfText, ReportPage, withMethodFields } from './support/reportPage';

const A4_LANDSCAPE: ReportOptions = { page: 'A4', orientation: 'landscape', date: '2026-11-22' };
/** Page sizes in PDF points, landscape. */
const A4_POINTS = { width: 842, height: 595 };
const A3_POINTS = { width: 1191, height: 842 };

const homeClaim = projectFile('tests/fixtures/examples/home-insurance-claim.journey').text;
const b2b = projectFile('tests/fixtures/examples/b2b-services.journey').text;

const mapOf = (text: string): JourneyMap => {
  const loaded = parse(text);
  if (!loaded.ok) throw new Error(`fixture does not load: ${loaded.problems[0]!.message}`);
  return loaded.value;
};

/** What a reader must find in the report of a map: its title, every step title, each gap kind and each coverage figure. */
function mustRead(text: string): string[] {
  const map = mapOf(text);
  const analysis = analyseCoverage(map);
  const kinds = new Set(analysis.lanes.flatMap((lane) => lane.gaps.map((gap) => gapKindLabel(gap.kind))));
  const figures = analysis.lanes.flatMap((lane) => (lane.coverage === null ? [] : [reportPercent(lane.coverage).replace('\u00a0', ' ')]));
  return [map.title, ...map.steps.map((step) => step.title.replace(/\s+/g, ' ').trim()), ...kinds, ...figures];
}

const missingFrom = (text: string, wanted: readonly string[]): string[] => wanted.filter((item) => !text.includes(item));

const reports = [
  { name: 'home-insurance-claim', text: homeClaim },
  { name: 'b2b-services', text: b2b },
  { name: 'synthetic-300', text: serialise(syntheticMap(300)) },
];

test.describe('the report page', () => {
  for (const { name, text } of reports) {
    test(`${name}: the page and its A4 landscape PDF hold every step, each gap kind, the coverage and the footer`, async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const report = new ReportPage(page);
      await report.goto();
      const map = mapOf(text);
      expect(await report.render(text, A4_LANDSCAPE)).toEqual({ ok: true, title: map.title });
      const wanted = mustRead(text);
      expect(missingFrom(await report.text(), wanted)).toEqual([]);

      const path = testInfo.outputPath(`${name}.pdf`);
      await report.pdf(path);
      const facts = pdfFacts(path);
      expect({ width: facts.width, height: facts.height }).toEqual(A4_POINTS);
      const printed = pdfText(path);
      expect(missingFrom(printed, wanted)).toEqual([]);
      expect(printed).toContain('22 November 2026');
      // The cover carries no footer; every page after it names the map and its number.
      for (let number = 2; number <= facts.pages; number++) expect(printed).toContain(`Page ${number} of ${facts.pages}`);
      expect(printed.split(map.title).length - 1).toBeGreaterThanOrEqual(facts.pages);

      // Only the bundled Inter, embedded: no system font, no synthesised (Type 3) bold.
      const fonts = pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name).toMatch(/Inter/);
        expect(font.type).not.toBe('Type 3');
        expect(font.embedded).toBe(true);
      }
      pdfPictures(path, name, 1, Math.min(3, facts.pages));
    });
  }

  test('A3 and portrait pages on request', async ({ page }, testInfo) => {
    const report = new ReportPage(page);
    await report.goto();
    const sizes: [ReportOptions, { width: number; height: number }][] = [
      [{ page: 'A3', orientation: 'landscape' }, A3_POINTS],
      [{ page: 'A4', orientation: 'portrait' }, { width: A4_POINTS.height, height: A4_POINTS.width }],
      [{ page: 'A3', orientation: 'portrait' }, { width: A3_POINTS.height, height: A3_POINTS.width }],
    ];
    for (const [options, points] of sizes) {
      expect(await report.render(b2b, options)).toMatchObject({ ok: true });
      const path = testInfo.outputPath(`b2b-${options.page}-${options.orientation}.pdf`);
      await report.pdf(path);
      const facts = pdfFacts(path);
      expect({ width: facts.width, height: facts.height }).toEqual(points);
      expect(missingFrom(pdfText(path), mustRead(b2b))).toEqual([]);
    }
  });

  test('the method sections: persona on the cover, emotion curve, pain points and opportunities', async ({ page }, testInfo) => {
    const report = new ReportPage(page);
    await report.goto();
    const text = withMethodFields(homeClaim);
    expect(await report.render(text, A4_LANDSCAPE)).toMatchObject({ ok: true });
    const cover = page.getByRole('region', { name: 'Cover', exact: true });
    await expect(cover).toContainText('Northwind Mutual');
    await expect(cover).toContainText('Alex Morgan, Outside-In Consulting');
    await expect(cover).toContainText('Dana Whitfield');
    await expect(cover.locator('.persona__avatar')).toHaveText('DW');
    await expect(cover).toContainText('The organisation accompanies 4 of 10 steps (40 %) of the customer’s journey.');
    await expect(page.getByRole('img', { name: 'Emotion curve of Home owner' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What hurts, step by step' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What the organisation could do' })).toBeVisible();

    const path = testInfo.outputPath('home-insurance-claim-method.pdf');
    await report.pdf(path);
    const printed = pdfText(path);
    for (const expected of ['Dana Whitfield', 'Three calls to chase', 'Book the assessor during the first call', '1 February 2027', 'Guidewire ClaimCenter']) {
      expect(printed).toContain(expected);
    }
    const facts = pdfFacts(path);
    pdfPictures(path, 'home-insurance-claim-method', 1, facts.pages);
  });

  test('a map without the method fields has no emotion, pain point or opportunity section', async ({ page }) => {
    const report = new ReportPage(page);
    await report.goto();
    expect(await report.render(b2b, A4_LANDSCAPE)).toMatchObject({ ok: true });
    await expect(page.getByRole('heading', { name: 'Unanchored process steps' })).toBeVisible();
    for (const heading of ['How the customer feels along the journey', 'What hurts, step by step', 'What the organisation could do']) {
      await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
    }
  });

  test('rendering again replaces the report; an invalid map answers the loader’s first problem', async ({ page }) => {
    const report = new ReportPage(page);
    await report.goto();
    expect(await report.render(homeClaim, A4_LANDSCAPE)).toMatchObject({ ok: true });
    expect(await report.render(b2b, A4_LANDSCAPE)).toEqual({ ok: true, title: mapOf(b2b).title });
    const shown = await report.text();
    expect(shown).toContain('Notices the old supplier slipping');
    expect(shown).not.toContain('Storm damages the roof');
    await expect(page.locator('.report-sheet--cover')).toHaveCount(1);

    const answer = await report.render('{"format":"outside-in.journey","version":1,"map":{"id":"m","title":"T","lanes":[],"steps":[{"id":"s","laneId":"nowhere","title":"x","column":0}]}}', A4_LANDSCAPE);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(/nowhere/);
    expect(await report.render('not json', A4_LANDSCAPE)).toMatchObject({ ok: false });
  });

  test('svg() and png() give the rendered map', async ({ page }) => {
    const report = new ReportPage(page);
    await report.goto();
    expect(await report.render(homeClaim, A4_LANDSCAPE)).toMatchObject({ ok: true });
    const svg = await page.evaluate<string>('window.outsideInReport.svg()');
    // Checked as booleans: a failure would print the whole document, its fonts included.
    expect(svg.startsWith('<?xml') && svg.includes('<svg')).toBe(true);
    expect(mapOf(homeClaim).steps.every((step) => svg.includes(`data-step-id="${step.id}"`))).toBe(true);
    expect(svg.includes('Calls the insurer')).toBe(true);
    const png = Buffer.from(await page.evaluate<string>('window.outsideInReport.png(1)'), 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
