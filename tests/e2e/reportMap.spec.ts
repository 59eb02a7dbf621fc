import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serialise } from '../../shared/format/serialise';
import { MIN_PRINTED_TEXT_PT, PX_PER_PT, pageArea } from '../../shared/report/pageGeometry';
import type { ReportOptions } from '../../shared/report/reportOptions';
import { syntheticMap } from '../bench/syntheticMap';
// For its declaration of window.outsideInReport, which the page functions below call.
import type {} from '../../renderer/report/reportApi';
import { projectFile } from './support/workbenchPage';

// The map as the report paints it: the standalone SVG and PNG exports of both examples, and a
// 300-step map tiled across A4 landscape pages. Pictures go to test-results/screenshots to be looked at.

const SCREENSHOTS = 'test-results/screenshots';
const EXAMPLES = ['home-insurance-claim', 'b2b-services'] as const;
const A4_LANDSCAPE: ReportOptions = { page: 'A4', orientation: 'landscape', date: '2025-03-14' };

async function renderReport(page: Page, journeyText: string, options: ReportOptions): Promise<void> {
  await page.goto('/report.html');
  await page.waitForFunction('window.outsideInReport !== undefined');
  const rendered = await page.evaluate(({ text, chosen }) => window.outsideInReport!.render(text, chosen), { text: journeyText, chosen: options });
  expect(rendered.ok).toBe(true);
}

/** What the page's own XML parser makes of the exported SVG: whether it parsed, and what it holds. */
const READ_SVG = `(async () => {
  const text = await window.outsideInReport.svg();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  const cards = [...doc.querySelectorAll('.map-step')];
  return {
    text,
    parseError: doc.querySelector('parsererror')?.textContent ?? null,
    rootName: root.localName,
    namespace: root.namespaceURI,
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
    cards: cards.map((card) => ({
      stepId: card.getAttribute('data-step-id'),
      titleTexts: [...card.querySelectorAll('text')].filter((text) => !text.closest('.map-tag')).map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
    })),
    hatched: [...doc.querySelectorAll('.map-gap .map-hatch')].some((hatch) => /^M[\\d.]+ [\\d.]+L/.test(hatch.getAttribute('d') ?? '')),
    fontFaces: (doc.querySelector('style')?.textContent ?? '').match(/@font-face/g)?.length ?? 0,
  };
})()`;

test.describe('the map in reports and exports', () => {
  for (const name of EXAMPLES) {
    test(`exports ${name} as a well-formed SVG with one text per step title, and as a PNG at 2x`, async ({ page }) => {
      const journey = projectFile(`tests/fixtures/examples/${name}.journey`).text;
      const map = (JSON.parse(journey) as { map: { steps: { id: string; title: string }[] } }).map;
      await renderReport(page, journey, A4_LANDSCAPE);

      const svg = (await page.evaluate(READ_SVG)) as {
        text: string;
        parseError: string | null;
        rootName: string;
        namespace: string;
        width: number;
        height: number;
        cards: { stepId: string; titleTexts: string[] }[];
        hatched: boolean;
        fontFaces: number;
      };
      expect(svg.parseError).toBeNull();
      expect(svg.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect([svg.rootName, svg.namespace]).toEqual(['svg', 'http://www.w3.org/2000/svg']);
      expect(svg.cards.map((card) => card.stepId).sort()).toEqual(map.steps.map((step) => step.id).sort());
      for (const card of svg.cards) {
        const title = map.steps.find((step) => step.id === card.stepId)!.title;
        expect(card.titleTexts).toHaveLength(1);
        const shown = card.titleTexts[0]!;
        expect(shown.endsWith('…') ? title.startsWith(shown.slice(0, -1).trimEnd()) : shown === title, `${card.stepId}: "${shown}" for "${title}"`).toBe(true);
      }
      expect(svg.hatched).toBe(true);
      expect(svg.fontFaces).toBe(2);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/report-map-${name}.svg`, svg.text);

      const png = Buffer.from(await page.evaluate(() => window.outsideInReport!.png(2)), 'base64');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The IHDR chunk holds the picture's size: twice the SVG's.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([svg.width * 2, svg.height * 2]);
      writeFileSync(`${SCREENSHOTS}/report-map-${name}.png`, png);

      // The SVG as another program opens it: on its own, in a page of its own.
      const viewer = await page.context().newPage();
      await viewer.setViewportSize({ width: Math.ceil(svg.width), height: Math.ceil(svg.height) });
      await viewer.setContent(svg.text.replace(/^<\?xml[^>]*>\n/, ''));
      await viewer.screenshot({ path: `${SCREENSHOTS}/report-map-${name}-svg.png` });
      await viewer.close();

      await page.locator('.report-map-page').first().screenshot({ path: `${SCREENSHOTS}/report-map-${name}-page.png` });
    });
  }

  test('paints the method\'s marks, untitled steps and long titles, and carries stages across tiles', async ({ page }) => {
    const journeyStep = (id: string, column: number, extra: object = {}) => ({ id, laneId: 'customer', title: `Step ${id}`, column, span: 1, ...extra });
    const map = {
      format: 'outside-in.journey',
      version: 1,
      map: {
        id: 'marks',
        title: 'Marks & tiles',
        personas: [{ id: 'anna', name: 'Anna, first-time buyer' }],
        stages: [
          { id: 'aware', title: 'Aware', fromColumn: 0, toColumn: 1 },
          { id: 'choose', title: 'Choose and compare the offers', fromColumn: 2, toColumn: 6 },
        ],
        lanes: [
          { id: 'customer', kind: 'journey', title: 'Customer', personaId: 'anna' },
          { id: 'friends', kind: 'context', title: 'Friends' },
          { id: 'sales', kind: 'process', title: 'Sales', owner: 'Head of sales' },
        ],
        steps: [
          journeyStep('a', 0, { title: 'Hears about the product from a colleague over lunch and keeps thinking about it for days afterwards', momentThatMatters: true }),
          journeyStep('b', 1, { title: '', evidence: 'assumed' }),
          journeyStep('c', 2, { painPoints: ['Too many plans', 'Jargon'], momentThatMatters: true }),
          journeyStep('d', 3, { painPoints: ['Slow reply'], evidence: 'assumed' }),
          journeyStep('e', 4),
          journeyStep('f', 5),
          journeyStep('g', 6),
          { id: 'f1', laneId: 'friends', title: 'Recommends a broker', column: 1, span: 2 },
          { id: 's1', laneId: 'sales', title: 'Answers the enquiry', column: 2, span: 1 },
          { id: 's2', laneId: 'sales', title: 'Sends a quote', column: 3, span: 3 },
          { id: 's3', laneId: 'sales', title: 'Monthly pipeline review', column: 6, span: 1 },
        ],
      },
    };
    await renderReport(page, JSON.stringify(map), { page: 'A4', orientation: 'portrait', date: '2025-03-14' });
    const blocks = page.locator('.report-map-page');
    // A4 portrait holds three columns at 7 pt: seven columns make pages of 3, 2 and 2.
    expect(await blocks.count()).toBe(3);
    const first = blocks.nth(0);
    await expect(first.locator('.map-moment')).toHaveCount(2);
    // a and b lie before the organisation's first step, so only c is a touchpoint on the first page.
    await expect(first.locator('.map-tag')).toHaveText(['TOUCHPOINT', '2 PAIN POINTS']);
    await expect(blocks.nth(1).locator('.map-step[data-step-id="d"] .map-tag')).toHaveText(['TOUCHPOINT', '1 PAIN POINT']);
    await expect(first.locator('.map-step[data-step-id="b"] text')).toHaveText('Untitled step');
    await expect(first.locator('.map-step[data-step-id="a"] tspan').last()).toHaveText(/…$/);
    await expect(first.locator('.map-step[data-step-id="b"] rect').first()).toHaveAttribute('stroke-dasharray', '5 4');
    // The stage cut by the page's edge is named again where the next tile starts.
    await expect(blocks.nth(1).locator('.map-stage text')).toHaveText([/^Choose/]);
    // A card spanning two tiles is on both, cut at the edge.
    await expect(blocks.nth(1).locator('.map-step[data-step-id="s2"]')).toHaveCount(1);
    await expect(blocks.nth(2).locator('.map-step[data-step-id="s2"]')).toHaveCount(1);
    for (const index of [0, 1]) await blocks.nth(index).screenshot({ path: `${SCREENSHOTS}/report-map-marks-page-${index + 1}.png` });
    const png = Buffer.from(await page.evaluate(() => window.outsideInReport!.png(2)), 'base64');
    writeFileSync(`${SCREENSHOTS}/report-map-marks.png`, png);
  });

  test('tiles a 300-step map across A4 landscape pages, headers repeated, text never under 7 pt, each tile on its page', async ({ page }) => {
    const map = syntheticMap(300);
    await renderReport(page, serialise(map), A4_LANDSCAPE);
    const area = pageArea(A4_LANDSCAPE);
    const tiles = await page.locator('.report-map-page').evaluateAll((blocks) =>
      blocks.map((block) => {
        const svg = block.querySelector<SVGSVGElement>('svg.map-svg')!;
        const shown = svg.getBoundingClientRect();
        const scale = shown.width / svg.viewBox.baseVal.width;
        return {
          width: shown.width,
          // From the tile's top to the caption's foot: what must fit inside the page's margins (the screen adds a sheet's padding around it).
          height: (block.querySelector('.report-map-caption') ?? svg).getBoundingClientRect().bottom - shown.top,
          smallestFont: Math.min(...[...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')))) * scale,
          laneHeaders: svg.querySelectorAll('.map-lane-header').length,
          axisLabels: [...svg.querySelectorAll('.map-axis text')].map((text) => Number(text.textContent)),
          caption: block.querySelector('.report-map-caption')?.textContent ?? '',
          breakBefore: getComputedStyle(block).breakBefore,
          breakInside: getComputedStyle(block).breakInside,
        };
      }),
    );
    expect(tiles.length).toBeGreaterThan(10);
    let nextColumn = 1;
    for (const [index, tile] of tiles.entries()) {
      expect(tile.width).toBeLessThanOrEqual(area.width + 0.5);
      expect(tile.height).toBeLessThanOrEqual(area.height + 0.5);
      expect(tile.smallestFont).toBeGreaterThanOrEqual(MIN_PRINTED_TEXT_PT * PX_PER_PT - 1e-6);
      expect(tile.laneHeaders).toBeGreaterThan(0);
      expect(tile.caption).toMatch(new RegExp(`^Map · columns ${tile.axisLabels[0]}–${tile.axisLabels.at(-1)}( · lanes? \\d+(–\\d+)?)? · page ${index + 1} of ${tiles.length}$`));
      expect(tile.breakBefore).toBe(index === 0 ? 'auto' : 'page');
      expect(tile.breakInside).toBe('avoid');
      // Whole columns, numbered from 1, each run following on from the last (lane runs repeat the same columns).
      if (tile.axisLabels[0] !== nextColumn) expect(tile.axisLabels[0]).toBe(tiles[index - 1]!.axisLabels[0]);
      nextColumn = tile.axisLabels.at(-1)! + 1;
    }
    for (const index of [0, 1]) await page.locator('.report-map-page').nth(index).screenshot({ path: `${SCREENSHOTS}/report-map-synthetic-300-page-${index + 1}.png` });
  });
});
