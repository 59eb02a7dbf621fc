import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../electron/launch/projectRoot';
import { serialise } from '../../../shared/format/serialise';
import { median, round2 } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * The PDF report from the command line, as a consultant runs it: `npm run --silent cli -- export
 * map.journey --pdf out.pdf`, timed from the spawn to the exit, so npm, Node, the command line,
 * Chromium's start, the print and embedding the map are all in; the median of five runs. The
 * first run is untimed: it builds the report page when dist/renderer is older than its sources.
 * Wall time only: the CPU time of a process tree (childCpu.ts) misses Chromium's renderers, which
 * its browser process does not wait for, so their time never reaches ours.
 *
 * For the 1,000-step map it also reports the pages the PDF has (the map tiled across pages rather
 * than shrunk) and the height of its smallest word box (pdftotext -bbox): about 1.2 × the font
 * size (Inter's ascent plus descent), so the 7 pt floor shows as about 8.5.
 *
 * Where the time of the 200-step export goes (2 cores, 25 pages, a machine otherwise idle): npm
 * about 0.15 s, Node with the bundled command line 0.1 s, reading the map and the checks 0.03 s,
 * Chromium's start and a tab 0.25 s, loading the report page 0.2 s (the SVG/PNG painters load only
 * when asked for), rendering it 0.18 s, printing 0.2 s (about 8 ms a page), embedding the map 0.1 s
 * while Chromium closes: about 1.2 s. On a busy machine the figure follows everyone else's load
 * (1.5–2.5 s at a load average of 5 to 10 on two cores), so compare runs made side by side.
 *
 * What made it so: Chromium printed each SVG <pattern> use and each CSS repeating gradient as a
 * pattern of its own, slowly (gap hatching is now plain lines, shared/layout/hatchPath.ts); eight
 * one-row lanes fit one A4 landscape page at 7 pt (REPORT_LAYOUT_DIMENSIONS), so each column run
 * prints once, and step tables are denser (38 → 25 pages, 192 → 115 at 1,000 steps); Chromium is
 * driven over its DevTools pipe (electron/services/report/cdpPipe.ts), not through playwright-core,
 * whose loading and page set-up cost 0.5 s; the command line runs on plain Node from an esbuild
 * bundle (electron/cli/cliBundle.js) rather than through tsx, which saves about 0.3 s of start and
 * 0.2 s of loading pdf-lib from its many files; Chromium opens no address-bar popup pages
 * (electron/services/report/headlessChromium.ts), 0.1 s. Tried and left: other Chromium switches
 * (the GPU or the network service in the browser process, no zygote, no spare renderer, the
 * feature list Playwright turns off) changed nothing measurable; a profile kept between runs saves
 * about 0.1 s but must be locked against two exports at once, and copying a prepared one costs
 * more than it saves. Before: about 5.0 s; then 2.3–2.9 s; now about 1.2 s.
 */

const TIMED_RUNS = 5;

function run(program: string, args: readonly string[]): { stdout: string; stderr: string } {
  const result = spawnSync(program, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result;
}

/** Milliseconds one export through the command line takes, end to end, or null when it had to build the report page first. */
function exportMs(input: string, output: string): number | null {
  const start = performance.now();
  const { stderr } = run('npm', ['run', '--silent', 'cli', '--', 'export', input, '--pdf', output]);
  const ms = performance.now() - start;
  return stderr.includes('Building the report page') ? null : ms;
}

/** The median of TIMED_RUNS exports; a run that rebuilt the page (its sources changed meanwhile) is run again. */
function medianExportMs(input: string, output: string): number {
  const times: number[] = [];
  for (let attempt = 0; times.length < TIMED_RUNS; attempt++) {
    if (attempt === TIMED_RUNS * 3) throw new Error('the report page was rebuilt on nearly every run: are its sources being edited?');
    const ms = exportMs(input, output);
    if (ms !== null) times.push(ms);
  }
  return round2(median(times));
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).stdout)?.[1]);
}

/** The height in points of the smallest word box of the PDF, from pdftotext's bounding boxes. */
function smallestWordPt(pdf: string): number {
  const html = run('pdftotext', ['-bbox', pdf, '-']).stdout;
  let smallest = Number.POSITIVE_INFINITY;
  for (const match of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)) {
    smallest = Math.min(smallest, Number(match[2]) - Number(match[1]));
  }
  return round2(smallest);
}

export const pdfBench: BenchModule = {
  name: 'pdf',
  targets: [{ figure: 'pdfCli200StepsMs', under: 1500, description: '200-step map → PDF (CLI, Chromium start included)' }],
  run(): Figures {
    const folder = mkdtempSync(join(tmpdir(), 'outside-in-bench-pdf-'));
    try {
      const figures: Figures = {};
      for (const steps of [200, 1_000]) {
        const name = steps === 200 ? '200Steps' : '1kSteps';
        const input = join(folder, `${steps}.journey`);
        const output = join(folder, `${steps}.pdf`);
        writeFileSync(input, serialise(syntheticMap(steps)));
        exportMs(input, output);
        figures[`pdfCli${name}Ms`] = medianExportMs(input, output);
        figures[`pdf${name}Pages`] = pageCount(output);
        if (steps === 1_000) figures.pdf1kStepsSmallestWordPt = smallestWordPt(output);
      }
      return figures;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
