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
 * map.journey --pdf out.pdf`, timed from the spawn to the exit, so Node, tsx, Chromium's start,
 * the print and embedding the map are all in. The first run is untimed: it builds the report page
 * when dist/renderer is older than its sources. Every run takes the build lock (held by a build of
 * dist/ only), so a rebuild by someone else cannot pull the page from under it.
 *
 * For the 1,000-step map it also reports the pages the PDF has (the map tiled across pages rather
 * than shrunk) and the height of its smallest word box (pdftotext -bbox): about 1.2 × the font
 * size, so the 7 pt floor shows as about 8.4.
 */

const LOCK = '/tmp/outside-in-e2e.lock';
const TIMED_RUNS = 3;

function run(program: string, args: readonly string[]): string {
  const result = spawnSync(program, args, { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Milliseconds one export through the command line takes, end to end. */
function exportMs(input: string, output: string): number {
  const start = performance.now();
  run('flock', [LOCK, 'npm', 'run', '--silent', 'cli', '--', 'export', input, '--pdf', output]);
  return performance.now() - start;
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** The height in points of the smallest word box of the PDF, from pdftotext's bounding boxes. */
function smallestWordPt(pdf: string): number {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  let smallest = Number.POSITIVE_INFINITY;
  for (const match of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)) {
    smallest = Math.min(smallest, Number(match[2]) - Number(match[1]));
  }
  return round2(smallest);
}

export const pdfBench: BenchModule = {
  name: 'pdf',
  targets: [{ figure: 'pdfCli200StepsMs', under: 3000, description: '200-step map → PDF (CLI, Chromium start included)' }],
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
        const times = Array.from({ length: TIMED_RUNS }, () => exportMs(input, output));
        figures[`pdfCli${name}Ms`] = round2(median(times));
        figures[`pdf${name}Pages`] = pageCount(output);
        if (steps === 1_000) figures.pdf1kStepsSmallestWordPt = smallestWordPt(output);
      }
      return figures;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
