import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/launch/projectRoot';
import { HOST_CHANNEL_NAMES } from '../../shared/host/hostChannels';
import { executablePath, prepareDesktopSuite } from './support/desktopApp';

// The desktop app itself, through Playwright's _electron. Electron's binary cannot be downloaded
// on every machine; there the test says why it skips instead of failing or trying to download.
const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

prepareDesktopSuite();

test('the window opens on the empty state, shows an example map, and its preload exposes only the version and the host functions', async () => {
  const app = await electron.launch({ executablePath: executablePath!, args: [PROJECT_ROOT] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: /Lay the customer's journey/ })).toBeVisible();
    await window.getByRole('button', { name: /^Home insurance claim/ }).click();
    await expect(window.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('Home insurance claim');
    await expect(window.getByRole('application')).toHaveAccessibleName(/5 lanes, 16 steps/);
    const exposed = await window.evaluate(() => {
      const outsideIn = (window as unknown as { outsideIn: { version: string; host: Record<string, unknown> } }).outsideIn;
      return { version: outsideIn.version, keys: Object.keys(outsideIn), channels: Object.keys(outsideIn.host).sort() };
    });
    expect(exposed).toEqual({ version, keys: ['version', 'host', 'onHostMessage'], channels: [...HOST_CHANNEL_NAMES].sort() });
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
  }
});
