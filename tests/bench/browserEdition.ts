import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildRenderer } from '../../electron/launch/builds';
import { chromiumFlags } from '../../electron/services/chromiumFlags';
import { findChromium } from '../../electron/launch/findChromium';
import { findFreePort } from '../../electron/launch/ports';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { serveBrowserEdition } from '../../electron/launch/serveBrowserEdition';

/** The browser edition built into a folder of the bench's own, served on loopback, with headless Chromium. */
export interface BenchBrowser {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh page of the workbench at `width` × `height`, its automation API ready. */
  open(width: number, height: number): Promise<Page>;
  close(): Promise<void>;
}

let built = false;

/** Builds the renderer once per bench run (into dist/bench-renderer, so a server on dist/renderer is not disturbed) and serves it. */
export async function startBenchBrowser(firstPort: number): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('the browser benches need Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  const outDir = join(PROJECT_ROOT, 'dist/bench-renderer');
  if (!built) await buildRenderer(outDir);
  built = true;
  const port = await findFreePort(firstPort);
  if (port === null) throw new Error('no free port for the bench');
  const server = await serveBrowserEdition({ port, outDir });
  const browser = await chromium.launch({ executablePath, args: chromiumFlags({ sandbox: false }) });
  return {
    url: server.url,
    browser,
    async open(width, height) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(server.url);
      await page.waitForFunction(`typeof window.workbench?.load === 'function'`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs page-side JavaScript given as text: functions compiled by tsx carry helper calls (esbuild's __name) that do not exist in the page. */
export const evaluate = <T>(page: Page, source: string, argument?: unknown): Promise<T> =>
  page.evaluate(`(${source})(${JSON.stringify(argument ?? null)})`) as Promise<T>;
