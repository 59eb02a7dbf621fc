/**
 * `npm run bench`: runs the bench modules (`modules/index.ts`) and prints ONE JSON object on
 * stdout: every module's named figures (milliseconds are medians of several timed runs after
 * warm-up runs), the machine, and each target with whether it was met. Progress goes to stderr.
 *
 * A missed target is information, not failure: the exit code is non-zero only on a real error.
 * `npm run bench -- analysis parse` runs only the named modules.
 */
import { availableParallelism, cpus } from 'node:os';
import { DEFAULT_RUNS, DEFAULT_WARMUP } from './measure';
import { BENCH_MODULES } from './modules/index';
import type { BenchModule, Figures } from './types';

const RESERVED = new Set(['machine', 'targets', 'settings']);

interface TargetReport {
  readonly description: string;
  readonly under: number;
  readonly value: number | null;
  readonly met: boolean | null;
}

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((name) => !BENCH_MODULES.some((module) => module.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown bench module(s): ${unknown.join(', ')}; known: ${BENCH_MODULES.map((m) => m.name).join(', ')}`);
  }
  const selected: readonly BenchModule[] = args.length > 0 ? BENCH_MODULES.filter((module) => args.includes(module.name)) : BENCH_MODULES.filter((module) => !module.onlyWhenNamed);

  const figures: Figures = {};
  for (const module of selected) {
    process.stderr.write(`bench: ${module.name}…\n`);
    const started = performance.now();
    const found = await module.run();
    for (const [name, value] of Object.entries(found)) {
      if (RESERVED.has(name) || name in figures) throw new Error(`bench module ${module.name} reports figure ${name}, which is already taken`);
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`bench module ${module.name}: figure ${name} is ${value}`);
      figures[name] = value;
    }
    process.stderr.write(`bench: ${module.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }

  const targets: Record<string, TargetReport> = {};
  for (const module of selected) {
    for (const target of module.targets ?? []) {
      const value = figures[target.figure];
      targets[target.figure] = {
        description: `${target.description} under ${target.under} ${target.unit ?? 'ms'}`,
        under: target.under,
        value: value ?? null,
        met: value === undefined ? null : value < target.under,
      };
    }
  }

  const cpuList = cpus();
  const report = {
    ...figures,
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    settings: { warmupRuns: DEFAULT_WARMUP, timedRuns: DEFAULT_RUNS, statistic: 'median' },
    targets,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
