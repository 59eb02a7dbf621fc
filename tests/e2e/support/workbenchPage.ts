import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CoverageAnalysis } from '../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../shared/model/journeyMap';
// For its declaration of window.workbench, which the page functions below call.
import type {} from '../../../renderer/host/workbenchApi';

/** A file as the tests hand it to the page. */
export interface TestFile {
  readonly name: string;
  readonly text: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a file of the project, such as a fixture, as a TestFile named after it. */
export function projectFile(path: string): TestFile {
  return { name: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(PROJECT_ROOT + path, 'utf8') };
}

/** The workbench as a user meets it, so tests say what they do rather than which events they fire. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Loads the app and waits until it has painted its first screen. */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.toolbar).toBeVisible();
  }

  get toolbar(): Locator {
    return this.page.getByRole('banner');
  }

  get mapTitle(): Locator {
    return this.toolbar.getByRole('heading', { level: 1 });
  }

  get emptyState(): Locator {
    return this.page.getByRole('region', { name: /Lay the customer's journey/ });
  }

  get canvas(): Locator {
    return this.page.getByRole('img');
  }

  get summary(): Locator {
    return this.page.getByRole('complementary', { name: 'Coverage' });
  }

  get problemMessage(): Locator {
    return this.page.getByRole('alert');
  }

  async openTemplate(title: string): Promise<void> {
    await this.emptyState.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await expect(this.mapTitle).toHaveText(title);
  }

  /** Opens a file the way a user does: Open…, then the file chooser. */
  async openWithChooser(file: TestFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.toolbar.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  }

  /** Drops a file onto the window, as when dragged from the desktop. */
  async dropFile(file: TestFile): Promise<void> {
    const transfer = await this.page.evaluateHandle(({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      return data;
    }, file);
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  }

  map(): Promise<JourneyMap | null> {
    return this.page.evaluate(() => window.workbench.getMap());
  }

  analysis(): Promise<CoverageAnalysis | null> {
    return this.page.evaluate(() => window.workbench.getAnalysis());
  }

  /** The colour of one canvas pixel, in map coordinates, as `#rrggbb`. */
  canvasColourAt(x: number, y: number): Promise<string> {
    return this.page.evaluate(
      ([x, y]) => {
        const canvas = document.querySelector('canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) throw new Error('The map canvas is not on the page.');
        const scale = canvas.width / canvas.clientWidth;
        const [r, g, b] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
        return `#${[r, g, b].map((channel) => (channel ?? 0).toString(16).padStart(2, '0')).join('')}`;
      },
      [x, y] as const,
    );
  }

  /** Saves a screenshot of the window under the project, for people to look at. */
  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(PROJECT_ROOT + path), { recursive: true });
    await this.page.screenshot({ path: PROJECT_ROOT + path, animations: 'disabled' });
  }
}
