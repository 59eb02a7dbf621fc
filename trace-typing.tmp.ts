import { chromium } from '@playwright/test';
import { build } from 'vite';
import { join } from 'node:path';
import { CONFIG_LOADER, RENDERER_CONFIG } from './electron/launch/builds';
import { chromiumFlags } from './electron/launch/chromiumFlags';
import { findChromium } from './electron/launch/findChromium';
import { serveBrowserEdition } from './electron/launch/serveBrowserEdition';
import { serialise } from './shared/format/serialise';
import { syntheticMap } from './tests/bench/syntheticMap';

const steps = Number(process.argv[2] ?? 12);
const outDir = join(process.cwd(), 'dist/profile-renderer');
if (process.argv[3] !== 'nobuild') await build({ configFile: RENDERER_CONFIG, configLoader: CONFIG_LOADER, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
const server = await serveBrowserEdition({ port: 5398, outDir });
const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumFlags({ sandbox: false }) });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(server.url);
await page.waitForFunction(`typeof window.workbench?.load === 'function'`);
await page.evaluate(`window.workbench.load(${JSON.stringify(serialise({ ...syntheticMap(steps), title: 'P' }))})`);
await page.waitForTimeout(1500);
await page.evaluate(`document.querySelector('.outline-step__title').focus()`);
await page.waitForTimeout(500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
for (let i = 0; i < 10; i++) { await page.keyboard.press('a'); await page.waitForTimeout(150); }
const buffer = await browser.stopTracing();
const events = (JSON.parse(buffer.toString()) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { data?: { type?: string; functionName?: string; url?: string } } }[] }).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain')?.tid;
const sums = new Map<string, number>();
for (const e of events) if (e.tid === main && e.ph === 'X' && e.dur && ['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'RunTask', 'FireAnimationFrame', 'HitTest', 'ParseHTML', 'TimerFire', 'V8.GC', 'MinorGC', 'MajorGC', 'Commit'].includes(e.name)) { const k = e.name + (e.name === 'EventDispatch' ? ':' + e.args?.data?.type : e.name === 'FunctionCall' ? ':' + (e.args?.data?.functionName ?? '') : ''); sums.set(k, (sums.get(k) ?? 0) + e.dur / 1000); }
for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 10).toFixed(2).padStart(9), 'ms/keystroke', k);
await browser.close(); await server.close();
