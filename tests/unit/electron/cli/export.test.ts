import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/cliIo';
import { parseExportArguments } from '../../../../electron/cli/exportArguments';
import { exportCommand } from '../../../../electron/cli/exportCommand';
import { findExportRoute, type ExportRoute, type FindExportRoute } from '../../../../electron/cli/exportRoute';
import { runCli } from '../../../../electron/cli/runCli';
import { chromiumFlags } from '../../../../electron/launch/chromiumFlags';
import { findChromium } from '../../../../electron/launch/findChromium';
import { EXIT } from '../../../../electron/services/export/exitStatus';
import type { ReportJob } from '../../../../electron/services/report/renderReport';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { NO_MAP_IN_PDF } from '../../../../shared/format/pdfMap';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { gapKindLabel } from '../../../../shared/words/gapKindWords';
import { syntheticMap } from '../../../bench/syntheticMap';
import { FIXTURES, loaded } from '../../support/fixtures';

const root = resolve(import.meta.dirname, '../../../..');
const SCREENSHOTS = join(root, 'test-results/screenshots');
const isRoot = process.getuid?.() === 0;
let folder: string;

interface Said {
  status: number;
  stdout: string;
  stderr: string;
}

const recorder = (): { io: CliIo; said: Omit<Said, 'status'> } => {
  const said = { stdout: '', stderr: '' };
  return { io: { out: (text) => (said.stdout += text), err: (text) => (said.stderr += text) }, said };
};

/** Runs the command line in-process, as `npm run cli` does. */
async function cli(...argv: string[]): Promise<Said> {
  const { io, said } = recorder();
  return { status: await runCli(argv, io), ...said };
}

/** Runs `export` in-process with the given way to a browser. */
async function exportVia(findRoute: FindExportRoute, ...argv: string[]): Promise<Said> {
  const { io, said } = recorder();
  return { status: await exportCommand(argv, io, findRoute), ...said };
}

/** A route to a printer that records every job and answers with a one-page PDF, or a few bytes for images. */
function recordingRoute(): { find: FindExportRoute; jobs: ReportJob[]; asked: () => number } {
  const jobs: ReportJob[] = [];
  let asked = 0;
  const route: ExportRoute = {
    kind: 'printer',
    printer: async (job) => {
      jobs.push(job);
      if (job.format !== 'pdf') return new TextEncoder().encode(`<${job.format}/>`);
      const pdf = await PDFDocument.create();
      pdf.addPage();
      return pdf.save();
    },
  };
  return {
    find: async () => {
      asked++;
      return route;
    },
    jobs,
    asked: () => asked,
  };
}

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

// Other work on the renderer's sources may make a build stale in the middle of the tests; the
// export then rebuilds it first and says so, which is right.
const QUIET = expect.stringMatching(/^(Building the report page \(first export only\)…\n)?$/);

const example = (name: string): string => join(FIXTURES, 'examples', `${name}.journey`);
const EXAMPLES = ['home-insurance-claim', 'b2b-services'] as const;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-export-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('export arguments', () => {
  it('exports to an A4 landscape PDF unless told otherwise, with absolute paths', () => {
    expect(parseExportArguments(['maps/claim.journey', '--pdf', 'out/claim.pdf'], '/home/ana')).toEqual({
      input: '/home/ana/maps/claim.journey',
      format: 'pdf',
      output: '/home/ana/out/claim.pdf',
      page: 'A4',
      orientation: 'landscape',
      scale: 2,
    });
  });

  it('reads relative paths from the folder npm was run in, not the project folder npm runs the script in', () => {
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = '/home/ana/maps';
    try {
      expect(parseExportArguments(['claim.journey', '--svg', '../claim.svg'])).toMatchObject({ input: '/home/ana/maps/claim.journey', output: '/home/ana/claim.svg' });
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });

  it('takes the page size in either case, portrait, and a PNG scale', () => {
    expect(parseExportArguments(['m.journey', '--pdf', 'o.pdf', '--page', 'a3', '--portrait'], '/w')).toMatchObject({ page: 'A3', orientation: 'portrait' });
    expect(parseExportArguments(['m.journey', '--png', 'o.png', '--scale', '0.5'], '/w')).toMatchObject({ format: 'png', scale: 0.5 });
    expect(parseExportArguments(['m.journey', '--png', 'o.png', '--scale=8'], '/w')).toMatchObject({ scale: 8 });
    expect(parseExportArguments(['m.journey', '--svg', 'o.svg'], '/w')).toMatchObject({ format: 'svg', output: '/w/o.svg' });
  });

  it.each([
    [['export'], /^export needs the map file to export\./],
    [['export', 'a.journey', 'b.journey', '--pdf', 'o.pdf'], /^export takes one map file\./],
    [['export', 'a.journey'], /^export needs a file to write: --pdf <file>, --png <file> or --svg <file>\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--svg', 'o.svg'], /^export writes one file at a time: give only one of --pdf, --svg\./],
    [['export', 'a.journey', '--pdf'], /^Option '--pdf <value>' argument missing/],
    [['export', 'a.journey', '--pdf', ''], /^--pdf needs a file name\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--page', 'Letter'], /^Unknown page size "Letter": use A4 or A3\./],
    [['export', 'a.journey', '--png', 'o.png', '--scale', 'big'], /^--scale must be a number above 0 and at most 8 \(got "big"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', '0'], /^--scale must be a number above 0 and at most 8 \(got "0"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', '9'], /^--scale must be a number above 0 and at most 8 \(got "9"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', ''], /^--scale must be a number above 0 and at most 8 \(got ""\)/],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--scale', '2'], /^--scale is for --png\./],
    [['export', 'a.journey', '--svg', 'o.svg', '--page', 'A3'], /^--page and --portrait are for --pdf/],
    [['export', 'a.journey', '--png', 'o.png', '--portrait'], /^--page and --portrait are for --pdf/],
    [['export', 'a.journey', '--pdf', './a.journey'], /^The output would overwrite the map itself: choose another file name\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--landscape'], /^Unknown option '--landscape'\./],
  ])('answers %j with a line, the hint, status 2 and nothing on stdout', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.status).toBe(EXIT.badInput);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('npm run --silent cli -- help');
  });

  it('is in the usage', async () => {
    const help = await cli('help');
    expect(help.stdout).toContain('export <map> --pdf <file> [--page A4|A3] [--portrait]');
    expect(help.stdout).toContain('export <map> --png <file> [--scale 2]');
    expect(help.stdout).toContain('export <map> --svg <file>');
  });
});

describe('export refuses what it cannot use before any browser starts', () => {
  const badMaps: [string, () => string, RegExp][] = [
    ['a missing map', () => join(folder, 'nowhere.journey'), /: There is no such file\.$/],
    ['text that is not JSON', () => write('text.journey', '{ nope'), /not valid JSON/],
    ['an invalid map', () => write('neg.journey', JSON.stringify({ format: 'outside-in.journey', version: 1, map: { id: 'm', title: 'T', lanes: [{ id: 'c', kind: 'journey', title: 'C' }], steps: [{ id: 's', laneId: 'c', title: 'S', column: -1 }] } })), / at \$\.map\.steps\[0\]\.column: The column of step "s" is -1/],
  ];

  it.each(badMaps)('refuses %s with the loader\'s message and status 2', async (_, path, message) => {
    const input = path();
    const output = join(folder, 'refused.pdf');
    const route = recordingRoute();
    const result = await exportVia(route.find, input, '--pdf', output);
    expect(result).toMatchObject({ status: EXIT.badInput, stdout: '' });
    expect(result.stderr.startsWith(`Cannot read ${input}`)).toBe(true);
    expect(result.stderr.split('\n')[0]).toMatch(message);
    expect(route.asked()).toBe(0);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a PDF that carries no map', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    const input = write('plain.pdf', await plain.save());
    const route = recordingRoute();
    const result = await exportVia(route.find, input, '--svg', join(folder, 'plain.svg'));
    expect(result).toMatchObject({ status: EXIT.badInput, stdout: '', stderr: `Cannot read ${input}: ${NO_MAP_IN_PDF}\n` });
    expect(route.asked()).toBe(0);
  });

  it.each([
    ['a folder that does not exist', () => join(folder, 'no-such-folder', 'out.pdf'), () => `There is no folder ${join(folder, 'no-such-folder')}.`],
    ['a folder', () => folder, () => 'There is a folder of that name.'],
    ['a path through a file', () => join(write('plain-file', 'x'), 'out.pdf'), () => 'A part of the path is not a folder.'],
  ])('refuses to write to %s with status 2', async (_, path, reason) => {
    const output = path();
    const route = recordingRoute();
    const result = await exportVia(route.find, example('b2b-services'), '--pdf', output);
    expect(result).toEqual({ status: EXIT.badInput, stdout: '', stderr: `Cannot write ${output}: ${reason()}\n` });
    expect(route.asked()).toBe(0);
  });

  it('refuses to write into a read-only folder', () => {
    const locked = join(folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // The test folder is private to its owner; the command must be able to reach the locked one.
    chmodSync(folder, 0o755);
    const output = join(locked, 'out.svg');
    const command = [process.execPath, '--import', 'tsx', 'electron/cli/main.ts', 'export', example('b2b-services'), '--svg', output];
    // Root writes anywhere: the command runs as nobody then, so the folder's permissions apply.
    const [program, ...args] = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command] : command;
    const result = spawnSync(program!, args, { cwd: root, encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } });
    expect(result.status).toBe(EXIT.badInput);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Cannot write ${output}: Permission denied: you are not allowed to write to this folder.\n`);
    expect(readdirSync(locked)).toEqual([]);
  });

  it('refuses an output that is the map itself under another name', async () => {
    const input = write('self.journey', readFileSync(example('b2b-services')));
    const alias = join(folder, 'alias.pdf');
    symlinkSync(input, alias);
    const route = recordingRoute();
    // A UsageError, which runCli answers with status 2 and the hint.
    await expect(exportVia(route.find, input, '--pdf', alias)).rejects.toThrow(/^The output would overwrite the map itself/);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(example('b2b-services'), 'utf8'));
    expect(route.asked()).toBe(0);
  });

  it('names CHROMIUM_PATH when there is no browser to print with, and writes nothing', async () => {
    const output = join(folder, 'nobrowser.pdf');
    const none = await exportVia(findExportRoute({ env: { PATH: '' } }), example('b2b-services'), '--pdf', output);
    expect(none).toMatchObject({ status: EXIT.failure, stdout: '' });
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toContain('set CHROMIUM_PATH');
    const wrong = await exportVia(findExportRoute({ env: { PATH: '', CHROMIUM_PATH: '/nowhere/chromium' } }), example('b2b-services'), '--pdf', output);
    expect(wrong).toMatchObject({ status: EXIT.failure, stdout: '', stderr: expect.stringMatching(/^CHROMIUM_PATH is set to \/nowhere\/chromium, which is not a program/) });
    expect(existsSync(output)).toBe(false);
  });

  it('gives the printer the map as saved, the page and orientation, and leaves no temp file', async () => {
    const route = recordingRoute();
    const output = join(folder, 'fake', 'claim.pdf');
    mkdirSync(join(folder, 'fake'));
    const result = await exportVia(route.find, example('home-insurance-claim'), '--pdf', output, '--page', 'A3', '--portrait');
    expect(result).toEqual({ status: EXIT.ok, stdout: '', stderr: '' });
    expect(route.jobs).toHaveLength(1);
    const map = loaded(parse(readFileSync(example('home-insurance-claim'), 'utf8')));
    expect(route.jobs[0]).toEqual({ journeyText: serialise(map), format: 'pdf', options: { page: 'A3', orientation: 'portrait' }, scale: 2 });
    expect(readdirSync(join(folder, 'fake'))).toEqual(['claim.pdf']);
  });
});

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
  const into = mkdtempSync(join(folder, 'detached-'));
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
    rendererDir = join(folder, 'renderer');
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
    const output = join(folder, `${name}.pdf`);
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

  it.each([
    [['--page', 'A3'], { width: 1191, height: 842 }],
    [['--portrait'], { width: 595, height: 842 }],
    [['--page', 'a3', '--portrait'], { width: 842, height: 1191 }],
  ])('prints the sheet %j asks for', async (options, sheet) => {
    const output = join(folder, `claim${options.join('')}.pdf`);
    expect(await exportVia(findRoute, example('home-insurance-claim'), '--pdf', output, ...options)).toMatchObject({ status: EXIT.ok });
    expect(pdfPages(output)).toMatchObject(sheet);
  }, 60_000);

  it('analyses an exported PDF as it analyses its map, and exports it again', async () => {
    const first = join(folder, 'b2b-first.pdf');
    expect(await exportVia(findRoute, example('b2b-services'), '--pdf', first)).toMatchObject({ status: EXIT.ok });
    const fromPdf = await cli('analyze', first, '--json');
    expect(fromPdf).toMatchObject({ status: EXIT.ok, stderr: '' });
    expect(fromPdf.stdout).toBe((await cli('analyze', example('b2b-services'), '--json')).stdout);

    const again = join(folder, 'b2b-again.pdf');
    expect(await exportVia(findRoute, first, '--pdf', again)).toEqual({ status: EXIT.ok, stdout: '', stderr: QUIET });
    expect(loaded(parse([...attachments(again).values()][0]!))).toEqual(mapNamed('b2b-services').map);
  }, 90_000);

  it.each(eachMap())('draws $name as well-formed SVG, one <text> per step title, and a PNG twice its size', async ({ name }) => {
    const { file, map } = mapNamed(name);
    const svgFile = join(folder, `${name}.svg`);
    const pngFile = join(folder, `${name}.png`);
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
    const dist = join(folder, 'electron-dist');
    mkdirSync(dist);
    const recorded = join(folder, 'electron-arguments.txt');
    // A stand-in for the Electron binary: records its arguments, chatters on stdout, fails as the app does on bad input.
    writeFileSync(join(dist, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${recorded}'\necho 'Chromium chatter'\necho 'One line from the app.' >&2\nexit 2\n`, { mode: 0o755 });
    const main = write('main.cjs', '');
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist };
    const output = join(folder, 'desktop.pdf');
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
    const output = join(folder, 'rebuilt.svg');
    const result = await exportVia(findRoute, example('b2b-services'), '--svg', output);
    expect(result).toEqual({ status: EXIT.ok, stdout: '', stderr: 'Building the report page (first export only)…\n' });
    expect(existsSync(output)).toBe(true);
    expect((await exportVia(findRoute, example('b2b-services'), '--svg', output)).stderr).toBe('');
  }, 120_000);
});
