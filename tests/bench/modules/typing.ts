import { serialise } from '../../../shared/format/serialise';
import { evaluate, startBenchBrowser } from '../browserEdition';
import { median, round2 } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';

/**
 * Typing into an outline title, as a consultant captures what is said: 20 keystrokes, one every
 * 120 ms, at 12, 1,000 and 10,000 steps. Each keystroke's latency is the Event Timing `duration`
 * of its interaction (key down to the next paint, rounded by the browser to 8 ms), the figure the
 * web calls INP; p50, p95 and the longest. One frame is 16.7 ms.
 */

const KEYSTROKES = 20;

const LOAD_AND_FOCUS = `async ({ text, title }) => {
  window.workbench.load(text);
  for (let i = 0; i < 600; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const field = document.querySelector('.outline-step__title');
    if (field && (document.querySelector('.map-canvas')?.getAttribute('aria-label') ?? '').startsWith(title + ':')) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return true;
    }
  }
  return false;
}`;

const START_OBSERVER = `() => {
  window.keystrokeDurations = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const known = window.keystrokeDurations.get(entry.interactionId) ?? 0;
      window.keystrokeDurations.set(entry.interactionId, Math.max(known, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
}`;

// Event Timing reports only interactions of at least 16 ms; a faster keystroke counts as 16.
const READ_DURATIONS = `(count) => {
  const found = [...window.keystrokeDurations.values()];
  while (found.length < count) found.push(16);
  return found;
}`;

function latencyFigures(prefix: string, durations: readonly number[]): Figures {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    [`${prefix}P50Ms`]: round2(median(sorted)),
    [`${prefix}P95Ms`]: round2(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
    [`${prefix}MaxMs`]: round2(sorted.at(-1) ?? 0),
  };
}

export const typingBench: BenchModule = {
  name: 'typing',
  targets: [
    { figure: 'typing12StepsP95Ms', under: 24.1, description: 'keystroke to paint in an outline title, 12 steps, p95' },
    { figure: 'typing1kStepsP95Ms', under: 24.1, description: 'keystroke to paint in an outline title, 1,000 steps, p95' },
    { figure: 'typing10kStepsP95Ms', under: 33.1, description: 'keystroke to paint in an outline title, 10,000 steps, p95' },
  ],
  async run(): Promise<Figures> {
    const bench = await startBenchBrowser(5320);
    try {
      const figures: Figures = {};
      for (const [steps, name] of [
        [12, '12Steps'],
        [1_000, '1kSteps'],
        [10_000, '10kSteps'],
      ] as const) {
        const page = await bench.open(1920, 1080);
        const title = `Typing bench ${steps}`;
        const ready = await evaluate<boolean>(page, LOAD_AND_FOCUS, { text: serialise({ ...syntheticMap(steps), title }), title });
        if (!ready) throw new Error(`the ${steps}-step map did not show an outline title to type into`);
        await page.waitForTimeout(500);
        await evaluate(page, START_OBSERVER);
        for (let i = 0; i < KEYSTROKES; i++) {
          await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
          await page.waitForTimeout(120);
        }
        await page.waitForTimeout(300);
        Object.assign(figures, latencyFigures(`typing${name}`, await evaluate<number[]>(page, READ_DURATIONS, KEYSTROKES)));
        await page.close();
      }
      return figures;
    } finally {
      await bench.close();
    }
  },
};
