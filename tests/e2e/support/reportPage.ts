import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { ReportRendered } from '../../../shared/host/reportPageApi';
import type { ReportOptions } from '../../../shared/report/reportOptions';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the report tests leave the pictures of their pages, for people to look at. */
export const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');

/** A PDF's page count and the size of its first page in points, as pdfinfo reports them. */
export interface PdfFacts {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
}

/** A font of a PDF, as pdffonts lists it. */
export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

/** The report page (report.html) as the printing side drives it: render, then print. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** Opens the report page and waits until it offers window.outsideInReport. */
  async goto(): Promise<void> {
    await this.page.goto('/report.html');
    await this.page.waitForFunction('Boolean(window.outsideInReport)');
  }

  /** Renders a `.journey` text; the page's answer. */
  render(journeyText: string, options: ReportOptions): Promise<ReportRendered> {
    // A JS string, not a function: functions compiled by tsx carry helpers the page lacks.
    return this.page.evaluate(`window.outsideInReport.render(${JSON.stringify(journeyText)}, ${JSON.stringify(options)})`);
  }

  /** The report's text as a reader of the page sees it, whitespace collapsed. */
  async text(): Promise<string> {
    return collapse(await this.page.locator('.report').innerText());
  }

  /** Prints the report with the page's own @page size, as the exporters do, to `path`. */
  async pdf(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  }
}

const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ');

/** Page count and first page size of a PDF (pdfinfo). */
export function pdfFacts(path: string): PdfFacts {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  expect(size, info).not.toBeNull();
  expect(pages, info).not.toBeNull();
  return { pages: Number(pages![1]), width: Math.round(Number(size![1])), height: Math.round(Number(size![2])) };
}

/** A PDF's text in content order (pdftotext -raw), whitespace collapsed, so a title wrapped over two lines still reads as one. */
export function pdfText(path: string): string {
  return collapse(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** The fonts a PDF uses (pdffonts). */
export function pdfFonts(path: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Columns: name, type (one or two words), encoding, emb, sub, uni, object number, generation.
  return lines.map((line) => {
    const words = line.trim().split(/\s+/);
    const count = words.length;
    return { name: words[0]!, type: words.slice(1, count - 6).join(' '), embedded: words[count - 5] === 'yes' };
  });
}

/** Renders pages `first`…`last` of a PDF at 60 dpi to test-results/screenshots/report-<name>-<n>.png. */
export function pdfPictures(path: string, name: string, first: number, last: number): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', String(first), '-l', String(last), path, join(SCREENSHOTS, `report-${name}`)]);
}

/**
 * The home-insurance example with the method's fields a consultant adds in a workshop: a persona,
 * pain points, a moment that matters, channels, evidence, figures and opportunities.
 */
export function withMethodFields(journeyText: string): string {
  const file = JSON.parse(journeyText) as { map: Record<string, unknown> & { lanes: Record<string, unknown>[]; steps: Record<string, unknown>[] } };
  const map = file.map;
  map.client = 'Northwind Mutual';
  map.author = 'Alex Morgan, Outside-In Consulting';
  map.personas = [
    {
      id: 'persona-dana',
      name: 'Dana Whitfield',
      description: 'Owns a 1930s terraced house with her partner; first claim in twelve years with the insurer.',
      goals: ['Get the roof watertight before the next storm', 'Know what the policy pays for'],
      frustrations: ['Hold music and being passed around', 'Not knowing when the assessor comes'],
      colour: '#2f5d7c',
    },
  ];
  map.lanes[0]!.personaId = 'persona-dana';
  const step = (id: string): Record<string, unknown> => map.steps.find((candidate) => candidate.id === id)!;
  Object.assign(step('c1'), { painPoints: ['Water coming through the ceiling at night'], momentThatMatters: true, evidence: 'observed' });
  Object.assign(step('c3'), { painPoints: ['Policy wording does not say whether storm damage is covered'], channels: ['web', 'paper policy'] });
  Object.assign(step('c4'), { channels: ['phone'], data: { customersPerMonth: 1400, duration: '25 min', satisfaction: 5 } });
  Object.assign(step('c5'), { painPoints: ['No date for the visit', 'Three calls to chase'], momentThatMatters: true, evidence: 'observed' });
  Object.assign(step('c8'), { painPoints: ['Roofers are booked out for weeks'], evidence: 'assumed' });
  Object.assign(step('p1'), { owner: 'Contact centre agent', system: 'Guidewire ClaimCenter', duration: '12 min' });
  map.opportunities = [
    { id: 'o1', title: 'Storm alert with a what-to-do checklist', description: 'Text policy holders in the storm’s path before the damage.', target: { kind: 'gap', stepId: 'c1' }, status: 'planned', owner: 'Marketing', due: '2027-02-01' },
    { id: 'o2', title: 'Book the assessor during the first call', target: { kind: 'step', stepId: 'c5' }, status: 'doing', owner: 'Claims handling' },
    { id: 'o3', title: 'Approved-roofer network', target: { kind: 'gap', stepId: 'c8' }, status: 'idea' },
  ];
  return JSON.stringify(file, null, 2);
}
