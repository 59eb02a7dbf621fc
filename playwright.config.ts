import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './electron/services/chromiumFlags';
import { findChromium } from './electron/launch/findChromium';

/**
 * The port the end-to-end tests serve the browser edition on, away from the 5174 people use.
 * `E2E_PORT` moves it, so two checkouts on one machine can run their suites side by side.
 */
const E2E_PORT = Number(process.env.E2E_PORT) || 5199;
const E2E_URL = `http://127.0.0.1:${E2E_PORT}/`;

// Playwright's own browser download is never used here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1):
// the tests run in the Chromium installed on the machine.
const chromium = findChromium();

export default defineConfig({
  outputDir: 'test-results/artifacts',
  reporter: [['list']],
  fullyParallel: false,
  workers: 1,
  timeout: 30_000,
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        baseURL: E2E_URL,
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          ...(chromium ? { executablePath: chromium } : {}),
          args: chromiumFlags({ sandbox: false }),
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
  webServer: {
    command: `npm run web -- --port ${E2E_PORT}`,
    url: E2E_URL,
    // A server someone left running would serve an old build; the tests always build afresh.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
