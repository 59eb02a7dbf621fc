import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findExportRoute, type FindExportRoute } from '../../../../electron/cli/exportRoute';
import { chromiumFlags } from '../../../../electron/services/chromiumFlags';
import { findChromium } from '../../../../electron/launch/findChromium';
import { EXIT } from '../../../../electron/services/export/exitStatus';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { gapKindLabel } from '../../../../shared/words/gapKindWords';
import { syntheticMap } from '../../../bench/syntheticMap';
import { loaded } from '../../support/fixtures';

import { cli, example, EXAMPLES, exportVia, QUIET, root, scratch, SCREENSHOTS, useScratchFolder, write } from './exportSupport';

useScratchFolder();

/** Runs a poppler tool (or another program) and returns its stdout; fails the test on a non-zero status. */
function tool(program: string, ...args: string[]): string {
  const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) expect.fail(`${program} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Page count and the first page's size in points, from pdfinfo. */
function pdfPages(file: string): { pages: number; width: number; height: number } {
  const info = tool('pdfinfo', file);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Math.round(Number(size?.[1])), height: Math.round(Number(size?.[2])) };
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/** Whether the words of `phrase` occur in `text` in order (lines may wrap anywhere between them). */
function wordsInOrder(text: string, phrase: string): boolean {
  let from = 0;
  for (const word of words(phrase)) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

/** The .journey files a PDF carries, by attachment name. */
function attachments(pdf: string): Map<string, string> {
  const into = mkdtempSync(join(scratch.folder, 'detached-'));
  tool('pdfdetach', '-saveall', '-o', into, pdf);
  return new Map(readdirSync(into).map((name) => [name, readFileSync(join(into, name), 'utf8')]));
}

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('export with the system Chromium', () => {
  let rendererDir: string;
  let findRoute: FindExportRoute;
  const maps: { name: string; file: string; map: JourneyMap }[] = [];

  beforeAll(() => {
    // A build of its own, so that another suite rebuilding dist/renderer meanwhile cannot pull
    // the page from under a print.
    rendererDir = join(scratch.folder, 'renderer');
    const built = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('./electron/launch/builds.ts').then((m) => m.buildRenderer(${JSON.stringify(rendererDir)}))`], {
      cwd: root,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`the renderer did not build: ${built.stderr}`);
    findRoute = findExportRoute({ rendererDir });
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const name of EXAMPLES) maps.push({ name, file: example(name), map: loaded(parse(readFileSync(example(name), 'utf8'))) });
    const synthetic = syntheticMap(300);
    maps.push({ name: 'synthetic-300', file: write('synthetic-300.journey', serialise(synthetic)), map: synthetic });
  }, 240_000);

  const eachMap = (): { name: string }[] => [...EXAMPLES.map((name) => ({ name })), { name: 'synthetic-300' }];
  const mapNamed = (name: string) => maps.find((entry) => entry.name === name)!;

  it.each(eachMap())('prints $name to an A4 landscape PDF with every title, gap and figure, the map inside', async ({ name }) => {
    const { file, map } = mapNamed(name);
    const output = join(scratch.folder, `${name}.pdf`);
    expect(await exportVia(findRoute, file, '--pdf', output)).toEqual({ status: EXIT.ok, stdout: '', stderr: QUIET });

    expect(pdfPages(output)).toMatchObject({ width: 842, height: 595 });
    const text = words(tool('pdftotext', '-raw', output, '-')).join(' ');
    expect(text).toContain(map.title);
    const missing = map.steps.filter((step) => !wordsInOrder(text, step.title)).map((step) => step.title);
    expect(missing).toEqual([]);
    for (const lane of analyseCoverage(map).lanes) {
      // "40 %" on the page, with a (thin) space before the sign.
      if (lane.coverage !== null) expect(text).toMatch(new RegExp(`\\b${String(Math.round(lane.coverage * 1000) / 10).replace('.', '\\.')} ?%`));
      for (const gap of lane.gaps) expect(text).toContain(gapKindLabel(gap.kind));
    }

    const carried = [...attachments(output).values()];
    expect(carried).toHaveLength(1);
    expect(loaded(parse(carried[0]!))).toEqual(map);

    tool('pdftoppm', '-r', '50', '-f', '1', '-l', '2', '-png', output, join(SCREENSHOTS, `export-${name}`));
  }, 90_000);

  it('keeps a five-line title, the glance and the persona on the cover, with no footer there and the title cut short in the footers after it', async () => {
    // The bundled example: it has a persona.
    const map = loaded(parse(readFileSync(join(root, 'assets/templates/home-insurance-claim.journey'), 'utf8')));
    const title = 'Home insurance claim after the great storm of the century, as lived by the home owners of the whole coastal region, their neighbours, every contractor they called, the claims handlers who answered and the finance team who paid them in the end, month after month';
    const file = write('long-title.journey', serialise({ ...map, title }));
    const output = join(scratch.folder, 'long-title.pdf');
    expect((await exportVia(findRoute, file, '--pdf', output)).status).toBe(EXIT.ok);
    const cover = tool('pdftotext', '-f', '1', '-l', '1', output, '-');
    expect(wordsInOrder(cover, title)).toBe(true);
    expect(cover).toMatch(/PERSONA/i);
    expect(cover).toContain(map.personas![0]!.name);
    expect(cover).not.toMatch(/Page \d+ of/);
    const second = tool('pdftotext', '-f', '2', '-l', '2', output, '-');
    expect(second).toMatch(/Page 2 of \d+/);
    expect(second).toContain('Home insurance claim after the great storm');
    expect(second).not.toContain('month after month');
    tool('pdftoppm', '-r', '50', '-f', '1', '-l', '1', '-png', output, join(SCREENSHOTS, 'export-long-title'));
  }, 90_000);

  it.each([
    [['--page', 'A3'], { width: 1191, height: 842 }],
    [['--portrait'], { width: 595, height: 842 }],
    [['--page', 'a3', '--portrait'], { width: 842, height: 1191 }],
  ])('prints the sheet %j asks for', async (options, sheet) => {
    const output = join(scratch.folder, `claim${options.join('')}.pdf`);
    expect(await exportVia(findRoute, example('home-insurance-claim'), '--pdf', output, ...options)).toMatchObject({ status: EXIT.ok });
    expect(pdfPages(output)).toMatchObject(sheet);
  }, 60_000);

  it('analyses an exported PDF as it analyses its map, and exports it again', async () => {
    const first = join(scratch.folder, 'b2b-first.pdf');
    expect(await exportVia(findRoute, example('b2b-services'), '--pdf', first)).toMatchObject({ status: EXIT.ok });
    const fromPdf = await cli('analyze', first, '--json');
    expect(fromPdf).toMatchObject({ status: EXIT.ok, stderr: '' });
    expect(fromPdf.stdout).toBe((await cli('analyze', example('b2b-services'), '--json')).stdout);

    const again = join(scratch.folder, 'b2b-again.pdf');
    expect(await exportVia(findRoute, first, '--pdf', again)).toEqual({ status: EXIT.ok, stdout: '', stderr: QUIET });
    expect(loaded(parse([...attachments(again).values()][0]!))).toEqual(mapNamed('b2b-services').map);
  }, 90_000);

  it.each(eachMap())('draws $name as well-formed SVG, one <text> per step title, and a PNG twice its size', async ({ name }) => {
    const { file, map } = mapNamed(name);
    const svgFile = join(scratch.folder, `${name}.svg`);
    const pngFile = join(scratch.folder, `${name}.png`);
    expect(await exportVia(findRoute, file, '--svg', svgFile)).toEqual({ status: EXIT.ok, stdout: '', stderr: QUIET });
    expect(await exportVia(findRoute, file, '--png', pngFile)).toEqual({ status: EXIT.ok, stdout: '', stderr: QUIET });

    const svg = readFileSync(svgFile, 'utf8');
    const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumFlags({ sandbox: false }) });
    try {
      const page = await browser.newPage();
      // Plain JavaScript for the page (see tests/bench/modules/canvas.ts): the XML parser's verdict,
      // the root's size, and for each step's group the text of its <text> elements (tags aside),
      // lines joined.
      const parsed = (await page.evaluate(`(${`(source) => {
        const document = new DOMParser().parseFromString(source, 'image/svg+xml');
        const error = document.querySelector('parsererror');
        const root = document.documentElement;
        const joined = (text) => {
          const lines = text.querySelectorAll('tspan');
          return (lines.length > 0 ? [...lines].map((line) => line.textContent) : [text.textContent]).join(' ');
        };
        return {
          error: error ? error.textContent : null,
          root: root.localName,
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
          steps: [...document.querySelectorAll('[data-step-id]')].map((group) => ({
            id: group.getAttribute('data-step-id'),
            texts: [...group.querySelectorAll('text')].filter((text) => !text.closest('.map-tag')).map(joined),
          })),
        };
      }`})(${JSON.stringify(svg)})`)) as { error: string | null; root: string; width: number; height: number; steps: { id: string; texts: string[] }[] };
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.steps.map((step) => step.id).sort()).toEqual(map.steps.map((step) => step.id).sort());
      // A title too long for its card ends in "…" after as many words as fit; a word may break at a hyphen.
      const bare = (text: string): string => text.replace(/\s+/g, '');
      const shows = (text: string, title: string): boolean => bare(text) === bare(title) || (text.endsWith('…') && bare(title).startsWith(bare(text).slice(0, -1)));
      const wrong = map.steps
        .map((step) => ({ title: step.title, texts: parsed.steps.find((drawn) => drawn.id === step.id)!.texts }))
        .filter(({ title, texts }) => texts.length !== 1 || !shows(texts[0]!, title));
      expect(wrong).toEqual([]);

      const png = readFileSync(pngFile);
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      // Twice the map's size, unless that is beyond what a canvas can hold (32,767 px a side,
      // 268 million pixels): then the largest scale that fits.
      const scale = Math.min(2, 32_767 / parsed.width, 32_767 / parsed.height, Math.sqrt(268_435_456 / (parsed.width * parsed.height)));
      if (name !== 'synthetic-300') expect(scale).toBe(2);
      const size = pngSize(png);
      expect(Math.abs(size.width - scale * parsed.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - scale * parsed.height)).toBeLessThanOrEqual(1);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('hands the export to the desktop app when Electron is installed, passing on its answer', async () => {
    const dist = join(scratch.folder, 'electron-dist');
    mkdirSync(dist);
    const recorded = join(scratch.folder, 'electron-arguments.txt');
    // A stand-in for the Electron binary: records its arguments, chatters on stdout, fails as the app does on bad input.
    writeFileSync(join(dist, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${recorded}'\necho 'Chromium chatter'\necho 'One line from the app.' >&2\nexit 2\n`, { mode: 0o755 });
    const main = write('main.cjs', '');
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist };
    const output = join(scratch.folder, 'desktop.pdf');
    const result = await exportVia(findExportRoute({ env, rendererDir, electronMain: main }), example('b2b-services'), '--pdf', output, '--page', 'A3');
    expect(result).toEqual({ status: EXIT.badInput, stdout: '', stderr: 'One line from the app.\n' });
    const [app, handOver, ...rest] = readFileSync(recorded, 'utf8').trimEnd().split('\n');
    expect(app).toBe(main);
    expect(rest).toEqual([]);
    expect(handOver).toMatch(/^--outside-in-export=[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(handOver!.slice('--outside-in-export='.length), 'base64url').toString('utf8'))).toEqual({
      input: example('b2b-services'),
      format: 'pdf',
      output,
      page: 'A3',
      orientation: 'landscape',
      scale: 2,
    });
  });

  it('builds the report page when it is older than its sources, saying so once', async () => {
    // Made older than every source: the next export must build it afresh before printing.
    const old = new Date(2000, 0, 1);
    utimesSync(join(rendererDir, 'report.html'), old, old);
    const output = join(scratch.folder, 'rebuilt.svg');
    const result = await exportVia(findRoute, example('b2b-services'), '--svg', output);
    expect(result).toEqual({ status: EXIT.ok, stdout: '', stderr: 'Building the report page (first export only)…\n' });
    expect(existsSync(output)).toBe(true);
    expect((await exportVia(findRoute, example('b2b-services'), '--svg', output)).stderr).toBe('');
  }, 120_000);
});

