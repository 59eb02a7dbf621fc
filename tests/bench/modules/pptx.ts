import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../electron/launch/projectRoot';
import { serialise } from '../../../shared/format/serialise';
import { median, round2 } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * The PowerPoint deck from the command line, as a consultant runs it: `npm run --silent cli --
 * export map.journey --pptx deck.pptx`, timed from the spawn to the exit (npm, Node, the bundled
 * command line, loading pptxgenjs, laying the deck out and writing it compressed); the median of
 * five runs after an untimed one that may build the bundle. No browser starts. Also the deck's
 * size in kilobytes.
 */

const TIMED_RUNS = 5;

function exportMs(input: string, output: string): number {
  const start = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'export', input, '--pptx', output], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`export --pptx failed (${result.status}): ${result.stderr}`);
  return performance.now() - start;
}

export const pptxBench: BenchModule = {
  name: 'pptx',
  targets: [{ figure: 'pptxCli200StepsMs', under: 1500, description: '200-step map → PowerPoint deck (CLI, no browser)' }],
  run(): Figures {
    const folder = mkdtempSync(join(tmpdir(), 'outside-in-bench-pptx-'));
    try {
      const input = join(folder, '200.journey');
      const output = join(folder, '200.pptx');
      writeFileSync(input, serialise(syntheticMap(200)));
      exportMs(input, output);
      const times = Array.from({ length: TIMED_RUNS }, () => exportMs(input, output));
      return { pptxCli200StepsMs: round2(median(times)), pptx200StepsKb: round2(statSync(output).size / 1024) };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
