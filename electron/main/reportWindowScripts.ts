import type { ReportOptions } from '../../shared/report/reportOptions';
import { APP_ORIGIN } from './appProtocol';

/** The report page, served by the app:// protocol from the built renderer. */
export const REPORT_URL = `${APP_ORIGIN}/report.html`;

/** What the report page's `render` answers (renderer/report/reportApi.ts, which electron/ cannot import). */
export type ReportRendered = { readonly ok: true; readonly title: string } | { readonly ok: false; readonly message: string };

// What the main process runs in the hidden report window (webContents.executeJavaScript). The map
// text goes in as a JSON literal, so no title, quote or `</script>` in it can change the script.

/** How long the report page may take to install `window.outsideInReport` after it loaded. */
export const REPORT_API_WAIT_MS = 10_000;

const whenReady = `new Promise((resolve, reject) => {
  const started = Date.now();
  const look = () => {
    if (window.outsideInReport) resolve(window.outsideInReport);
    else if (Date.now() - started > ${REPORT_API_WAIT_MS}) reject(new Error('The report page did not start.'));
    else setTimeout(look, 25);
  };
  look();
})`;

/** Waits for the report page's API, renders the map's report, and answers the page's `{ ok }` result. */
export function renderScript(journeyText: string, options: ReportOptions): string {
  return `${whenReady}.then((report) => report.render(${JSON.stringify(journeyText)}, ${JSON.stringify(options)}))`;
}

/** The rendered map as a standalone SVG document. */
export const SVG_SCRIPT = 'window.outsideInReport.svg()';

/** The rendered map as a PNG at `scale` × its size, base64-encoded. */
export function pngScript(scale: number): string {
  return `window.outsideInReport.png(${JSON.stringify(scale)})`;
}
