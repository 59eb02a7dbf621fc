import { join, relative, resolve, sep } from 'node:path';
import { chromium, type Page, type Route } from 'playwright-core';
import { chromiumFlags } from '../../launch/chromiumFlags';
import type { ReportJob, ReportPrinter } from './renderReport';

/** Where the system Chromium is, and the built renderer whose report.html it prints. */
export interface ChromiumReportOptions {
  readonly executablePath: string;
  /** The renderer build (dist/renderer): report.html and its assets. */
  readonly rendererDir: string;
}

// The page is served from the build folder through Playwright's request routing, under a made-up
// origin: no server, no port, and a page address that is http (fonts and modules load as they do
// from a server, which file:// would refuse).
const ORIGIN = 'http://outside-in.report';
const REPORT_PAGE = `${ORIGIN}/report.html`;

// The page sets window.outsideInReport once its fonts are in, after the load event. Its own check
// rather than waitForFunction, whose string predicates the page's CSP (no eval) refuses. The page's
// script loads from disk in well under a second; after 30 s something is broken.
const PAGE_STARTED = `new Promise((resolve) => {
  const gaveUp = Date.now() + 30000;
  const check = () => (window.outsideInReport ? resolve(true) : Date.now() > gaveUp ? resolve(false) : setTimeout(check, 5));
  check();
})`;

/** What `window.outsideInReport.render` answers (renderer/report/reportApi.ts, ReportRendered). */
type Rendered = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * A printer that starts the system Chromium headless for each job, loads the built report page,
 * renders the map on it and prints it (`page.pdf` with the page's own CSS page size) or asks it
 * for the map as PNG or SVG. Nothing is fetched from outside the build folder.
 */
export function chromiumPrinter({ executablePath, rendererDir }: ChromiumReportOptions): ReportPrinter {
  const root = resolve(rendererDir);
  return async (job) => {
    // Chromium's sandbox cannot start as root (containers, CI); a person's own account keeps it.
    const browser = await chromium.launch({ executablePath, args: chromiumFlags({ sandbox: process.getuid?.() !== 0 }) });
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.route('**/*', (route) => serveFromBuild(route, root));
      await page.goto(REPORT_PAGE);
      return await printJob(page, job, pageErrors);
    } finally {
      // Not awaited: the map is embedded and the file written while Chromium shuts down, and the
      // pending close keeps Node running until Chromium has gone.
      void browser.close().catch(() => undefined);
    }
  };
}

async function printJob(page: Page, job: ReportJob, pageErrors: readonly string[]): Promise<Uint8Array> {
  if (!(await page.evaluate(PAGE_STARTED))) throw new Error(`The report page did not start${pageErrors.length > 0 ? `: ${pageErrors[0]}` : ''}.`);
  // Strings rather than functions: the page gets plain JavaScript, not what tsx compiled
  // (tests/bench/modules/canvas.ts explains), and the arguments travel as JSON.
  const rendered = (await page.evaluate(`window.outsideInReport.render(${JSON.stringify(job.journeyText)}, ${JSON.stringify(job.options)})`)) as Rendered;
  if (!rendered.ok) throw new Error(rendered.message);
  switch (job.format) {
    case 'pdf':
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    case 'png':
      return Buffer.from((await page.evaluate(`window.outsideInReport.png(${JSON.stringify(job.scale)})`)) as string, 'base64');
    case 'svg':
      return Buffer.from((await page.evaluate('window.outsideInReport.svg()')) as string, 'utf8');
  }
}

/** Answers the page's requests with files of the build; anything else (the network) is refused. */
async function serveFromBuild(route: Route, root: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
  const file = join(root, decodeURIComponent(url.pathname));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..') return route.fulfill({ status: 404 });
  try {
    await route.fulfill({ path: file });
  } catch {
    await route.fulfill({ status: 404 });
  }
}
