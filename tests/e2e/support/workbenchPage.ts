import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { CoverageAnalysis } from '../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../shared/model/journeyMap';
// For its declaration of window.workbench, which the page functions below call.
import type {} from '../../../renderer/app/workbenchApi';

/** A point in page pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle in page pixels. */
export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

/** The middle of a box. */
export const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

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

  /**
   * Loads the app and waits until it has painted its first screen. `?host=download` makes the
   * browser edition open by upload and save by download: headless Chromium has the File System
   * Access pickers, but a test cannot drive them.
   */
  async goto(path = '/?host=download'): Promise<void> {
    await this.page.goto(path);
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

  /** The map canvas (named after the map: title, lanes, steps, gaps). */
  get canvas(): Locator {
    return this.page.locator('.map-canvas');
  }

  get gapsPanel(): Locator {
    return this.page.getByRole('region', { name: 'Gaps' });
  }

  /** The Step chip of the canvas palette. */
  get paletteStep(): Locator {
    return this.page.getByRole('toolbar', { name: 'Palette' }).getByRole('button', { name: 'Step' });
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
    // Reading is asynchronous: wait until the file is the document, or its problems are shown.
    const fileName = (): Promise<string | null> => this.page.evaluate(() => window.workbench.fileState().fileName);
    await expect.poll(async () => (await fileName()) === file.name || (await this.problemMessage.isVisible())).toBe(true);
  }

  /** Drops a file onto the window, as when dragged from the desktop. */
  async dropFile(file: TestFile): Promise<void> {
    await this.dropBytes(file.name, new TextEncoder().encode(file.text), 'application/json');
  }

  /** Drops a file of any kind (a workbook, a PDF, a BPMN model) onto the window: its bytes cross into the page as base64. */
  async dropBytes(name: string, bytes: Uint8Array, type = ''): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ({ name, base64, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name, { type }));
        return data;
      },
      { name, base64: Buffer.from(bytes).toString('base64'), type },
    );
    for (const event of ['dragenter', 'dragover', 'drop']) await this.page.dispatchEvent('main', event, { dataTransfer: transfer });
  }

  /** File ▸ Import… from the toolbar, then the file chooser, as a person does. */
  async importWithChooser(name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.toolbar.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  }

  /**
   * Adds a lane from the toolbar as a user does: from Add lane ▾ on a wide window, from Add ▾
   * where the toolbar folds the adding commands into one menu.
   */
  async addLaneFromToolbar(kind: 'journey' | 'context' | 'process'): Promise<void> {
    const wide = this.toolbar.getByRole('button', { name: 'Add lane', exact: true });
    const menuName = (await wide.isVisible()) ? 'Add lane' : 'Add';
    await this.toolbar.getByRole('button', { name: menuName, exact: true }).click();
    await this.page.getByRole('menu', { name: menuName, exact: true }).getByRole('menuitem', { name: `Add ${kind} lane` }).click();
  }

  /** Opens a map through the automation API. */
  async load(file: TestFile): Promise<void> {
    await this.page.evaluate((text) => window.workbench.load(text), file.text);
  }

  /** Where a step's card is on screen, in page pixels. */
  async stepBox(stepId: string): Promise<Box> {
    const box = await this.page.evaluate((id) => window.workbench.stepBox(id), stepId);
    if (!box) throw new Error(`The canvas does not show step ${stepId}.`);
    return box;
  }

  async laneBox(laneId: string): Promise<Box> {
    const box = await this.page.evaluate((id) => window.workbench.laneBox(id), laneId);
    if (!box) throw new Error(`The canvas does not show lane ${laneId}.`);
    return box;
  }

  /** The middle of a lane's first row at a column, in page pixels: where a card dropped there lands. */
  async cellCenter(laneId: string, column: number): Promise<Point> {
    const point = await this.page.evaluate(([id, at]) => window.workbench.cellCenter(id, at), [laneId, column] as const);
    if (!point) throw new Error(`The canvas does not show lane ${laneId}.`);
    return point;
  }

  run(commandId: string): Promise<boolean> {
    return this.page.evaluate((id) => window.workbench.run(id), commandId);
  }

  /** Presses at `from`, moves to `to` in `moves` steps, and releases, as a hand on a mouse does. */
  async drag(from: Point, to: Point, { moves = 12, release = true }: { moves?: number; release?: boolean } = {}): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    for (let i = 1; i <= moves; i++) await mouse.move(from.x + ((to.x - from.x) * i) / moves, from.y + ((to.y - from.y) * i) / moves);
    if (release) await mouse.up();
  }

  /** Drags one card by its middle onto the middle of a lane's cell. */
  async dragStep(stepId: string, laneId: string, column: number, options?: { release?: boolean }): Promise<void> {
    await this.drag(centre(await this.stepBox(stepId)), await this.cellCenter(laneId, column), options);
  }

  map(): Promise<JourneyMap | null> {
    return this.page.evaluate(() => window.workbench.getMap());
  }

  analysis(): Promise<CoverageAnalysis | null> {
    return this.page.evaluate(() => window.workbench.getAnalysis());
  }

  /** The colour the canvas shows at a page point (its layers composed), as `#rrggbb`. */
  canvasColourAt(point: Point): Promise<string> {
    return this.page.evaluate(
      ({ x, y }) => {
        const layers = [...document.querySelectorAll<HTMLCanvasElement>('.map-canvas canvas')];
        const first = layers[0];
        if (!first) throw new Error('The map canvas is not on the page.');
        const bounds = first.getBoundingClientRect();
        const scale = first.width / bounds.width;
        const composed = document.createElement('canvas');
        composed.width = 1;
        composed.height = 1;
        const context = composed.getContext('2d')!;
        context.fillStyle = '#f6f6f3';
        context.fillRect(0, 0, 1, 1);
        const sx = Math.round((x - bounds.left - window.scrollX) * scale);
        const sy = Math.round((y - bounds.top - window.scrollY) * scale);
        for (const layer of layers) context.drawImage(layer, sx, sy, 1, 1, 0, 0, 1, 1);
        const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
        return `#${[r, g, b].map((channel) => (channel ?? 0).toString(16).padStart(2, '0')).join('')}`;
      },
      point,
    );
  }

  /**
   * Scrolls the canvas with the mouse wheel, as a user does, until a lane's cell at `column` is in
   * full view: right of the frozen lane headers and clear of the canvas's right edge.
   */
  async revealColumn(laneId: string, column: number): Promise<void> {
    const canvas = await this.canvas.boundingBox();
    if (!canvas) throw new Error('The map canvas is not on the page.');
    const lane = await this.laneBox(laneId);
    const margin = 24;
    for (let attempt = 0; attempt < 12; attempt++) {
      const cell = await this.cellCenter(laneId, column);
      const half = ((await this.cellCenter(laneId, column + 1)).x - cell.x) / 2;
      // The lane headers stay frozen on the left, 184 px wide at 100 %.
      const left = canvas.x + 184 + half + margin;
      const right = canvas.x + canvas.width - half - margin;
      if (cell.x >= left && cell.x <= right) return;
      const by = cell.x > right ? cell.x - right + 2 * half : cell.x - left - 2 * half;
      await this.page.mouse.move(canvas.x + canvas.width / 2, lane.y + lane.height / 2);
      await this.page.mouse.wheel(by, 0);
      await expect.poll(async () => (await this.cellCenter(laneId, column)).x).not.toBe(cell.x);
    }
    throw new Error(`The canvas could not be scrolled to column ${column + 1}.`);
  }

  /** Saves a screenshot of the window under the project, for people to look at. */
  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(PROJECT_ROOT + path), { recursive: true });
    await this.page.screenshot({ path: PROJECT_ROOT + path, animations: 'disabled' });
  }
}
