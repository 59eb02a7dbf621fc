import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pngScript, renderScript, REPORT_URL, SVG_SCRIPT } from '../../../../electron/main/reportWindowScripts';
import { resolveAppRequest } from '../../../../electron/main/appProtocol';

// The scripts the main process runs in the hidden report window, run here against a stand-in page.

/** A page whose report API records its calls; `installAfter` calls of setTimeout pass before it appears, as while the page starts. */
function fakePage(installAfter = 0) {
  const calls: unknown[][] = [];
  const api = {
    render: async (...args: unknown[]) => (calls.push(['render', ...args]), { ok: true, title: 'T' }),
    svg: () => (calls.push(['svg']), '<svg/>'),
    png: async (...args: unknown[]) => (calls.push(['png', ...args]), 'iVBOR'),
  };
  let ticks = 0;
  const window: { outsideInReport?: typeof api } = installAfter === 0 ? { outsideInReport: api } : {};
  const setTimeout = (callback: () => void) => {
    ticks += 1;
    if (ticks >= installAfter) window.outsideInReport = api;
    queueMicrotask(callback);
  };
  return { calls, run: (script: string) => runInNewContext(script, { window, setTimeout, Date, Promise }) as unknown };
}

describe('the report page as the main process drives it', () => {
  it('is a page the app:// protocol serves from the built renderer', () => {
    expect(resolveAppRequest(REPORT_URL, '/app/renderer')).toEqual({ path: '/app/renderer/report.html', mimeType: 'text/html; charset=utf-8' });
  });

  it('hands the map text and options to render unchanged, whatever the text holds', async () => {
    const page = fakePage();
    const text = '{"title":"Quotes \\" and </script> and \u2028 line separators and ${template}"}';
    expect(await page.run(renderScript(text, { page: 'A3', orientation: 'portrait' }))).toEqual({ ok: true, title: 'T' });
    expect(page.calls).toEqual([['render', text, { page: 'A3', orientation: 'portrait' }]]);
  });

  it('waits for the page to install its API before rendering', async () => {
    const page = fakePage(3);
    await page.run(renderScript('{}', { page: 'A4', orientation: 'landscape' }));
    expect(page.calls).toEqual([['render', '{}', { page: 'A4', orientation: 'landscape' }]]);
  });

  it('asks for the SVG and for the PNG at the scale given', async () => {
    const page = fakePage();
    expect(page.run(SVG_SCRIPT)).toBe('<svg/>');
    expect(await page.run(pngScript(2.5))).toBe('iVBOR');
    expect(page.calls).toEqual([['svg'], ['png', 2.5]]);
  });
});
