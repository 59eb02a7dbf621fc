import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { CdpEvent, CdpPipe } from './cdpPipe';
import { launchHeadlessChromium } from './headlessChromium';
import type { ReportJob, ReportPrinter } from './renderReport';

/** Where the system Chromium is, and the built renderer whose report.html it prints. */
export interface ChromiumReportOptions {
  readonly executablePath: string;
  /** The renderer build (dist/renderer): report.html and its assets. */
  readonly rendererDir: string;
}

// The page is served from the build folder by intercepting its requests (Fetch domain), under a
// made-up origin: no server, no port, and a page address that is https (fonts and modules load as
// they do from a server, which file:// would refuse; http would be upgraded to https by Chromium
// before the request could be answered).
const ORIGIN = 'https://outside-in.report';
const REPORT_PAGE = `${ORIGIN}/report.html`;

// The page sets window.outsideInReport once its fonts are in, after the load event. The page's
// script loads from disk in well under a second; after 30 s something is broken.
const PAGE_STARTED = `new Promise((resolve) => {
  const gaveUp = Date.now() + 30000;
  const check = () => (window.outsideInReport ? resolve(true) : Date.now() > gaveUp ? resolve(false) : setTimeout(check, 5));
  check();
})`;
const LOAD_TIMEOUT_MS = 30_000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** What `window.outsideInReport.render` answers (shared/host/reportPageApi.ts, ReportRendered). */
type Rendered = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * A printer that starts the system Chromium headless for each job, loads the built report page,
 * renders the map on it and prints it (`Page.printToPDF` with the page's own CSS page size) or
 * asks it for the map as PNG or SVG. Nothing is fetched from outside the build folder. Chromium is
 * driven over its DevTools pipe directly: a browser library would take longer to load than the
 * whole print of a small map.
 */
export function chromiumPrinter({ executablePath, rendererDir }: ChromiumReportOptions): ReportPrinter {
  const root = resolve(rendererDir);
  return async (job) => {
    const browser = await launchHeadlessChromium(executablePath);
    try {
      const { targetId } = (await browser.cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
      const { sessionId } = (await browser.cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
      const page = new ReportTab(browser.cdp, sessionId, root);
      await page.open();
      return await page.print(job);
    } finally {
      // Not awaited: the map is embedded and the file written while Chromium shuts down, and the
      // pending close keeps Node running until Chromium has gone.
      void browser.close().catch(() => undefined);
    }
  };
}

/** The report page in one tab of the browser: served from the build, loaded, then rendered and printed. */
class ReportTab {
  private readonly pageErrors: string[] = [];

  constructor(
    private readonly cdp: CdpPipe,
    private readonly sessionId: string,
    private readonly root: string,
  ) {
    cdp.onEvent((event) => {
      if (event.sessionId !== sessionId) return;
      if (event.method === 'Fetch.requestPaused') void this.serve(event.params as { requestId: string; request: { url: string } });
      if (event.method === 'Runtime.exceptionThrown') this.pageErrors.push(exceptionText(event.params));
    });
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.cdp.send(method, params, this.sessionId);
  }

  /** Loads report.html and waits until its script has put `window.outsideInReport` up. */
  async open(): Promise<void> {
    await Promise.all([this.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }), this.send('Page.enable'), this.send('Runtime.enable')]);
    const loaded = this.nextEvent('Page.loadEventFired');
    // Heard of only when the navigation below fails first: its error is the one to tell.
    loaded.catch(() => undefined);
    const { errorText } = (await this.send('Page.navigate', { url: REPORT_PAGE })) as { errorText?: string };
    if (errorText) throw new Error(`The report page could not be loaded: ${errorText}.`);
    await loaded;
    if (!(await this.evaluate(PAGE_STARTED))) throw new Error(`The report page did not start${this.pageErrors.length > 0 ? `: ${this.pageErrors[0]}` : ''}.`);
  }

  /** The job's bytes: the printed PDF, the PNG or the SVG's UTF-8. */
  async print(job: ReportJob): Promise<Uint8Array> {
    // The arguments travel as JSON inside plain JavaScript.
    const rendered = (await this.evaluate(`window.outsideInReport.render(${JSON.stringify(job.journeyText)}, ${JSON.stringify(job.options)})`)) as Rendered;
    if (!rendered.ok) throw new Error(rendered.message);
    switch (job.format) {
      case 'pdf':
        return this.printToPdf();
      case 'png':
        return Buffer.from((await this.evaluate(`window.outsideInReport.png(${JSON.stringify(job.scale)})`)) as string, 'base64');
      case 'svg':
        return Buffer.from((await this.evaluate('window.outsideInReport.svg()')) as string, 'utf8');
    }
  }

  private async printToPdf(): Promise<Uint8Array> {
    // The page's @page rule gives the sheet and its margins; streamed, as a report of a large map runs to megabytes.
    const { stream } = (await this.send('Page.printToPDF', {
      printBackground: true,
      preferCSSPageSize: true,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      generateTaggedPDF: false,
      generateDocumentOutline: false,
      transferMode: 'ReturnAsStream',
    })) as { stream: string };
    const chunks: Buffer[] = [];
    for (;;) {
      const { data, base64Encoded, eof } = (await this.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 })) as { data: string; base64Encoded?: boolean; eof: boolean };
      chunks.push(Buffer.from(data, base64Encoded ? 'base64' : 'latin1'));
      if (eof) break;
    }
    await this.send('IO.close', { handle: stream });
    return Buffer.concat(chunks);
  }

  /** The value of a JavaScript expression in the page, awaited when it is a promise; a thrown error becomes ours. */
  private async evaluate(expression: string): Promise<unknown> {
    const answer = (await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: Record<string, unknown>;
    };
    if (answer.exceptionDetails) throw new Error(`The report page failed: ${exceptionText({ exceptionDetails: answer.exceptionDetails })}`);
    return answer.result.value;
  }

  /** Resolves with the next event `method` of this tab; rejects after LOAD_TIMEOUT_MS or when the browser goes. */
  private nextEvent(method: string): Promise<CdpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`The report page did not load within ${LOAD_TIMEOUT_MS / 1000} s.`));
      }, LOAD_TIMEOUT_MS);
      // The wait alone does not keep the command running once the browser has gone.
      timer.unref();
      const stop = this.cdp.onEvent((event) => {
        if (event.sessionId !== this.sessionId || event.method !== method) return;
        clearTimeout(timer);
        stop();
        resolve(event);
      });
    });
  }

  /** Answers a request of the page with a file of the build; anything else (the network) is refused. */
  private async serve({ requestId, request }: { requestId: string; request: { url: string } }): Promise<void> {
    const url = new URL(request.url);
    const file = join(this.root, decodeURIComponent(url.pathname));
    const inside = relative(this.root, file);
    try {
      if (url.origin !== ORIGIN) {
        await this.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
        return;
      }
      const body = inside === '' || inside === '..' || inside.startsWith(`..${sep}`) ? null : await readFile(file).catch(() => null);
      await this.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: body ? 200 : 404,
        responseHeaders: [{ name: 'Content-Type', value: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }],
        body: (body ?? Buffer.alloc(0)).toString('base64'),
      });
    } catch {
      // The browser went away while the file was read: whoever waits on the page hears of it.
    }
  }
}

/** The message of an uncaught exception as the protocol reports it. */
function exceptionText(params: Record<string, unknown>): string {
  const details = params['exceptionDetails'] as { text?: string; exception?: { description?: string } } | undefined;
  return details?.exception?.description?.split('\n')[0] ?? details?.text ?? 'unknown error';
}
