/**
 * `npx tsx tests/bench/profileDrag.ts [steps…]`: where the long frames of a card drag go. Not a
 * bench module (it measures nothing the bench does not): a Chrome trace of the first and second
 * drag after loading a synthetic map, built without minification so functions keep their names,
 * broken down into the long main-thread tasks with their trace events (script, style, layout,
 * paint) and the CPU profile's heaviest functions in each, by self and by total time.
 *
 * Options: `--keep` writes the raw traces to dist/profile-drag-*.json for chrome://tracing or
 * DevTools; `--task-ms=N` sets what counts as a long task (default 20).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { CONFIG_LOADER, RENDERER_CONFIG } from '../../electron/launch/builds';
import { chromiumFlags } from '../../electron/services/chromiumFlags';
import { findChromium } from '../../electron/launch/findChromium';
import { findFreePort } from '../../electron/launch/ports';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { serveBrowserEdition } from '../../electron/launch/serveBrowserEdition';
import { serialise } from '../../shared/format/serialise';
import { syntheticMap } from './syntheticMap';
import { FIND_PROCESS_CARD } from './modules/canvas';

const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const VERBOSE = args.includes('--verbose');
/** `--quick=N`: no trace, N drags per size, each summed up in one line from long-task entries. */
const QUICK = Number(args.find((arg) => arg.startsWith('--quick='))?.slice(8) ?? 0);
/** `--query=…`: appended to the page's address (for experiments behind a switch). */
const QUERY = args.find((arg) => arg.startsWith('--query='))?.slice(8) ?? '';
const TASK_MS = Number(args.find((arg) => arg.startsWith('--task-ms='))?.slice(10) ?? 20);
const SIZES = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
];

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly id?: string;
  readonly args?: Record<string, unknown>;
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

// The same card as the bench drags, found the same way.
const FIND_CARD = `(${FIND_PROCESS_CARD})()`;

// Frame lengths from requestAnimationFrame, and marks at press and release for the trace.
const START_PROBE = `(() => {
  const probe = { frames: [], running: true };
  window.dragProbe = probe;
  let previous = performance.now();
  const frame = (now) => { probe.frames.push(now - previous); previous = now; if (probe.running) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  probe.tasks = [];
  probe.observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) probe.tasks.push({ start: entry.startTime, duration: entry.duration }); });
  probe.observer.observe({ type: 'longtask' });
  window.addEventListener('pointerdown', () => { probe.down = performance.now(); performance.mark('probe:pointerdown'); }, { capture: true, once: true });
  window.addEventListener('pointerup', () => { probe.up = performance.now(); performance.mark('probe:pointerup'); }, { capture: true, once: true });
})()`;

interface QuickSample {
  readonly frames: number[];
  readonly tasks: { start: number; duration: number }[];
  readonly down: number;
  readonly up: number;
}

async function drag(page: Page): Promise<number[]> {
  return (await quickDrag(page)).frames;
}

async function quickDrag(page: Page): Promise<QuickSample> {
  const card = (await page.evaluate(FIND_CARD)) as { x: number; y: number } | null;
  if (!card) throw new Error('no process card in view');
  await page.evaluate(START_PROBE);
  await page.mouse.move(card.x, card.y);
  await page.mouse.down();
  const sent: Promise<void>[] = [];
  await new Promise<void>((resolve) => {
    for (let i = 1; i <= 60; i++) {
      setTimeout(() => {
        sent.push(page.mouse.move(card.x + (3 * 168 * i) / 60, card.y + (i % 2)));
        if (i === 60) resolve();
      }, (i * 1000) / 60);
    }
  });
  await Promise.all(sent);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const sample = (await page.evaluate(
    `(() => { const p = window.dragProbe; p.running = false; p.observer.disconnect(); return { frames: p.frames.slice(1), tasks: p.tasks, down: p.down, up: p.up }; })()`,
  )) as QuickSample;
  await page.evaluate(`window.workbench.run('history.undo')`);
  await page.waitForTimeout(200);
  return sample;
}

async function traced(browser: Browser, page: Page, label: string, action: () => Promise<number[]>): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const frames = await action();
  const buffer = await browser.stopTracing();
  if (KEEP) writeFileSync(join(PROJECT_ROOT, `dist/profile-drag-${label}.json`), buffer);
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  report(label, frames, Array.isArray(trace) ? trace : trace.traceEvents);
}

function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const named = events.find((event) => event.name === 'thread_name' && event.args?.['name'] === 'CrRendererMain');
  if (!named) throw new Error('no renderer main thread in the trace');
  return { pid: named.pid, tid: named.tid };
}

/** CPU samples of the main thread: time and the stack as node ids, leaf first. */
function samplesOf(events: readonly TraceEvent[], pid: number, tid: number): { ts: number; stack: string[] }[] {
  const nodes = new Map<number, ProfileNode>();
  const out: { ts: number; stack: string[] }[] = [];
  const profiles = new Map<string, number>();
  for (const event of events) {
    if (event.pid !== pid) continue;
    const data = event.args?.['data'] as Record<string, unknown> | undefined;
    if (event.name === 'Profile' && event.tid === tid && event.id) profiles.set(event.id, (data?.['startTime'] as number) ?? event.ts);
    if (event.name !== 'ProfileChunk' || !event.id || !profiles.has(event.id)) continue;
    const profile = data?.['cpuProfile'] as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const node of profile?.nodes ?? []) nodes.set(node.id, node);
    let ts = profiles.get(event.id)!;
    const deltas = (data?.['timeDeltas'] as number[] | undefined) ?? [];
    (profile?.samples ?? []).forEach((nodeId, index) => {
      ts += deltas[index] ?? 0;
      const stack: string[] = [];
      for (let node = nodes.get(nodeId); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const { functionName, url, lineNumber } = node.callFrame;
        stack.push(`${functionName || '(anonymous)'}${url ? ` ${url.split('/').at(-1)}:${lineNumber + 1}` : ''}`);
      }
      out.push({ ts, stack });
    });
    profiles.set(event.id, ts);
  }
  return out;
}

// Functions worth naming when they are on a sample's stack, innermost first.
const KNOWN = /^(drawScene|batchDraw|createInstance|commitUpdate|removeChild|scrollIntoView|focus|getBoundingClientRect|layoutMap|editorLayout|analyseCoverage|coverageMarks|previewGapBands|moveSteps|outlineOf|stepsWithin|flushPassiveEffects|flushLayoutEffects|commitMutationEffects|flushMutationEffects)$/;

/** A sample's place: the innermost known function or React component (a capitalised function of the app bundle). */
function bucketOf(stack: readonly string[]): string {
  const leaf = stack[0] ?? '(none)';
  if (leaf === '(program)' || leaf === '(garbage collector)' || leaf === '(idle)') return leaf;
  for (const frame of stack) {
    const name = frame.split(' ')[0]!;
    if (KNOWN.test(name)) return name;
    if (/^[A-Z][A-Za-z0-9]*$/.test(name) && /index-.*\.js/.test(frame) && !/^(Text|Shape|Node|Container|Group|Layer|Stage|Rect)\$?\d*$/.test(name)) return `<${name}>`;
  }
  return `other: ${leaf}`;
}

const IGNORED = new Set(['(root)', '(idle)']);

function top(counts: Map<string, number>, n: number, interval: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `      ${(count * interval).toFixed(1).padStart(6)} ms  ${name}`)
    .join('\n');
}

function report(label: string, frames: readonly number[], events: readonly TraceEvent[]): void {
  const { pid, tid } = mainThread(events);
  const main = events.filter((event) => event.pid === pid && event.tid === tid);
  const marks = new Map(main.filter((event) => event.name.startsWith('probe:')).map((event) => [event.name, event.ts]));
  const down = marks.get('probe:pointerdown') ?? 0;
  const up = marks.get('probe:pointerup') ?? 0;
  const samples = samplesOf(events, pid, tid);
  const interval = samples.length > 1 ? (samples.at(-1)!.ts - samples[0]!.ts) / (samples.length - 1) / 1000 : 0;
  const sorted = [...frames].sort((a, b) => a - b);
  console.log(`\n=== ${label}: ${frames.length} frames, p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms, over 17.7: ${frames.filter((f) => f > 17.7).map((f) => f.toFixed(0)).join(' ')}`);
  console.log(`    sample interval ${interval.toFixed(3)} ms`);
  const all = main.filter((event) => event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'));
  // Only outermost tasks: RunTask and ThreadControllerImpl::RunTask nest.
  const tasks = all.filter((event) => (event.dur ?? 0) > TASK_MS * 1000 && !all.some((other) => other !== event && other.ts <= event.ts && other.ts + (other.dur ?? 0) >= event.ts + (event.dur ?? 0) && (other.dur ?? 0) > (event.dur ?? 0)));
  const uniqueTasks = tasks.filter((event, index) => tasks.findIndex((other) => other.ts === event.ts && other.dur === event.dur) === index);
  tasks.length = 0;
  tasks.push(...uniqueTasks);
  console.log(`    press at 0, release at ${((up - down) / 1000).toFixed(0)} ms`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const where = `${task.ts <= down && down <= end ? 'pointerdown, ' : task.ts <= up && up <= end ? 'pointerup, ' : ''}starts ${((task.ts - down) / 1000).toFixed(0)} ms after press`;
    console.log(`  task ${(task.dur! / 1000).toFixed(1)} ms (${where})`);
    // Trace events inside the task, by name, self time (time not inside a nested child).
    const inside = main.filter((event) => event.ph === 'X' && event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    for (const event of inside) {
      while (stack.length > 0 && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= event.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (event.dur ?? 0));
      self.set(event.name, (self.get(event.name) ?? 0) + (event.dur ?? 0));
      stack.push(event);
    }
    const phases = [...self].filter(([, us]) => us > 500).sort((a, b) => b[1] - a[1]).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`);
    console.log(`    trace events (self ms): ${phases.join(', ')}`);
    const within = samples.filter((sample) => sample.ts >= task.ts && sample.ts <= end);
    const selfCounts = new Map<string, number>();
    const totalCounts = new Map<string, number>();
    for (const sample of within) {
      const leaf = sample.stack[0] ?? '(none)';
      if (!IGNORED.has(leaf)) selfCounts.set(leaf, (selfCounts.get(leaf) ?? 0) + 1);
      for (const name of new Set(sample.stack)) if (!IGNORED.has(name)) totalCounts.set(name, (totalCounts.get(name) ?? 0) + 1);
    }
    console.log(`    ${within.length} samples`);
    const buckets = new Map<string, number>();
    for (const sample of within) {
      const bucket = bucketOf(sample.stack);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    }
    console.log(`    by where (innermost app component or known function):\n${top(buckets, 16, interval)}`);
    console.log(`    JS self:\n${top(selfCounts, 10, interval)}`);
    if (VERBOSE) console.log(`    JS total:\n${top(totalCounts, 40, interval)}`);
  }
}

/** Outermost main-thread tasks, without the nested RunTask of the thread controller. */
function outerTasks(events: readonly TraceEvent[]): { tasks: TraceEvent[]; down: number; up: number } {
  const { pid, tid } = mainThread(events);
  const main = events.filter((event) => event.pid === pid && event.tid === tid);
  const runs = main.filter((event) => event.ph === 'X' && (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask')).sort((a, b) => a.ts - b.ts);
  const tasks: TraceEvent[] = [];
  for (const run of runs) {
    const last = tasks.at(-1);
    if (last && run.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(run);
  }
  const mark = (name: string): number => main.find((event) => event.name === name)?.ts ?? 0;
  return { tasks, down: mark('probe:pointerdown'), up: mark('probe:pointerup') };
}

function quickReport(label: string, sample: QuickSample, events: readonly TraceEvent[]): void {
  const { tasks, down, up } = outerTasks(events);
  const containing = (ts: number): number => (tasks.find((task) => task.ts <= ts && ts <= task.ts + (task.dur ?? 0))?.dur ?? 0) / 1000;
  // Main-thread busy time in the 100 ms after a moment: the event's task, effects, the next frames.
  const busy = (ts: number): number => tasks.reduce((sum, task) => sum + Math.max(0, Math.min(task.ts + (task.dur ?? 0), ts + 100_000) - Math.max(task.ts, ts)), 0) / 1000;
  const long = tasks.filter((task) => (task.dur ?? 0) > 25_000 && task.ts > down - 50_000).map((task) => `${((task.dur ?? 0) / 1000).toFixed(0)}@${((task.ts - down) / 1000).toFixed(0)}`);
  const sorted = [...sample.frames].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(12)} press task ${containing(down).toFixed(1).padStart(5)} busy100 ${busy(down).toFixed(0).padStart(3)} · drop task ${containing(up).toFixed(1).padStart(5)} busy100 ${busy(up).toFixed(0).padStart(3)} · frames max ${sorted.at(-1)?.toFixed(0)} p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1)} · tasks >25 ms (ms@from press): ${long.join(' ')}`,
  );
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('needs Chromium');
  const outDir = join(PROJECT_ROOT, 'dist/profile-renderer');
  await build({ configFile: RENDERER_CONFIG, configLoader: CONFIG_LOADER, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  const port = await findFreePort(5340);
  if (port === null) throw new Error('no free port');
  const server = await serveBrowserEdition({ port, outDir });
  const browser = await chromium.launch({ executablePath, args: chromiumFlags({ sandbox: false }) });
  try {
    for (const steps of SIZES.length > 0 ? SIZES : [1_000, 3_000]) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(server.url + QUERY);
      await page.waitForFunction(`typeof window.workbench?.load === 'function'`);
      const text = serialise({ ...syntheticMap(steps), title: `Profile ${steps}` });
      await page.evaluate(`window.workbench.load(${JSON.stringify(text)})`);
      await page.waitForTimeout(500);
      if (QUICK > 0) {
        for (let i = 0; i < QUICK; i++) {
          await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'blink.user_timing'] });
          const sample = await quickDrag(page);
          const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
          quickReport(`${steps} drag ${i + 1}`, sample, trace.traceEvents);
        }
        await page.close();
        continue;
      }
      await traced(browser, page, `${steps}-first`, () => drag(page));
      await traced(browser, page, `${steps}-second`, () => drag(page));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
