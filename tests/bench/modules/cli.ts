import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../electron/launch/projectRoot';
import { childrenCpuMs } from '../childCpu';
import { median, round2 } from '../measure';
import type { BenchModule, Figures } from '../types';

/**
 * `analyze` from the command line as a person runs it, on the 16-step home-insurance example:
 * through npm (`npm run --silent cli -- analyze map.journey`) and through the package's
 * `outside-in` command (the launcher run by its #! line, as `npx outside-in` runs it once npm has
 * found it). Wall time is the median of the timed runs; CPU time is that of the whole process tree
 * (npm, its shell, Node; see childCpu.ts), summed over the timed runs and divided by their number,
 * a mean, because it counts in ticks of 10 ms. The first runs are untimed: they build the command
 * line's bundle when its sources changed. Without /proc (not Linux) the CPU figures are left out.
 */

const WARMUP_RUNS = 2;
const TIMED_RUNS = 10;
const EXAMPLE = join(PROJECT_ROOT, 'tests/fixtures/examples/home-insurance-claim.journey');

interface Timing {
  readonly wallMs: number;
  /** Null where /proc cannot tell. */
  readonly cpuMs: number | null;
}

function runOnce(program: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(program, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}

function timing(program: string, args: readonly string[]): Timing {
  for (let i = 0; i < WARMUP_RUNS; i++) runOnce(program, args);
  const cpuBefore = childrenCpuMs();
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) times.push(runOnce(program, args));
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / TIMED_RUNS;
  return { wallMs: round2(median(times)), cpuMs: cpuMs === null ? null : round2(cpuMs) };
}

function launcher(): string {
  const { bin } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(PROJECT_ROOT, bin['outside-in']!);
}

export const cliBench: BenchModule = {
  name: 'cli',
  targets: [
    { figure: 'cliAnalyzeNpmCpuMs', under: 800, description: '`npm run --silent cli -- analyze` of a 16-step map, CPU time of npm and the command' },
    { figure: 'cliAnalyzeBinCpuMs', under: 250, description: '`outside-in analyze` (the package bin) of a 16-step map, CPU time' },
  ],
  run(): Figures {
    const figures: Figures = {};
    const add = (name: string, { wallMs, cpuMs }: Timing): void => {
      figures[`${name}Ms`] = wallMs;
      if (cpuMs !== null) figures[`${name}CpuMs`] = cpuMs;
    };
    add('cliAnalyzeNpm', timing('npm', ['run', '--silent', 'cli', '--', 'analyze', EXAMPLE]));
    add('cliAnalyzeBin', timing(launcher(), ['analyze', EXAMPLE]));
    // The floor under both: a Node that starts and does nothing.
    add('cliNodeStart', timing(process.execPath, ['-e', '0']));
    return figures;
  },
};
