import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { chromiumFlags } from './electron/launch/chromiumFlags';
import { findChromium } from './electron/launch/findChromium';
import { serveBrowserEdition } from './electron/launch/serveBrowserEdition';
import { serialise } from './shared/format/serialise';
import { syntheticMap } from './tests/bench/syntheticMap';

const steps = Number(process.argv[2] ?? 12);
const outDir = join(process.cwd(), 'dist/profile-renderer');
const server = await serveBrowserEdition({ port: 5397, outDir });
const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumFlags({ sandbox: false }) });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(server.url);
await page.waitForFunction(`typeof window.workbench?.load === 'function'`);
await page.evaluate(`window.workbench.load(${JSON.stringify(serialise({ ...syntheticMap(steps), title: 'P' }))})`);
await page.waitForTimeout(1500);
await page.evaluate(`document.querySelector('.outline-step__title').focus()`);
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) { await page.keyboard.press('a'); await page.waitForTimeout(100); }
const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfT = new Map<number, number>();
profile.samples.forEach((id, i) => selfT.set(id, (selfT.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = new Map<string, number>(); const self = new Map<string, number>();
const name = (n: { callFrame: { functionName: string; url: string; lineNumber: number } }) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
for (const [id, us] of selfT) {
  const n = byId.get(id)!; if (['(idle)', '(program)'].includes(n.callFrame.functionName)) continue;
  self.set(name(n), (self.get(name(n)) ?? 0) + us);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) { const k = name(byId.get(cur)!); if (seen.has(k)) continue; seen.add(k); total.set(k, (total.get(k) ?? 0) + us); }
}
console.log('--- total per keystroke (ms)');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 20000).toFixed(2).padStart(7), k);
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log((v / 20000).toFixed(2).padStart(7), k);
await browser.close(); await server.close();
