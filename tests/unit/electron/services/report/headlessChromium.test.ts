import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../../../electron/launch/findChromium';
import { launchHeadlessChromium } from '../../../../../electron/services/report/headlessChromium';

interface TargetInfo {
  readonly type: string;
  readonly url: string;
}

describe('the headless Chromium that prints reports', () => {
  it('opens the page asked for and no page of its own window beside it (its address bar popup costs a renderer)', async () => {
    const chromium = findChromium();
    if (!chromium) expect.fail('the system Chromium is needed here (CHROMIUM_PATH, or chromium on PATH)');
    const browser = await launchHeadlessChromium(chromium);
    try {
      await browser.cdp.send('Target.createTarget', { url: 'about:blank' });
      // The empty filter lists every kind of target, the browser's own pages among them.
      const { targetInfos } = (await browser.cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
      expect(targetInfos.filter((target) => target.type === 'page').map((target) => target.url)).toEqual(['about:blank']);
      expect(targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
