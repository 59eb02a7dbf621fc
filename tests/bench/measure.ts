/** How often to call the code under test: warm-up calls first (JIT, caches), then timed calls. */
export interface MeasureOptions {
  readonly warmup?: number;
  readonly runs?: number;
}

export const DEFAULT_WARMUP = 5;
export const DEFAULT_RUNS = 15;

let sink: unknown;

/**
 * Calls `fn` `warmup` times untimed, then `runs` times timed with `performance.now()`, and returns
 * the median duration in milliseconds (rounded to 0.01 ms). The result of each call is kept, so the
 * work cannot be optimised away.
 */
export function medianMs(fn: () => unknown, { warmup = DEFAULT_WARMUP, runs = DEFAULT_RUNS }: MeasureOptions = {}): number {
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  return round2(median(times));
}

/** The same for async work: each call awaited, so its whole time is counted. */
export async function medianAsyncMs(fn: () => Promise<unknown>, { warmup = DEFAULT_WARMUP, runs = DEFAULT_RUNS }: MeasureOptions = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) sink = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = await fn();
    times.push(performance.now() - start);
  }
  return round2(median(times));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The last result kept by {@link medianMs}; exported only so that nothing treats it as dead. */
export const lastResult = (): unknown => sink;
