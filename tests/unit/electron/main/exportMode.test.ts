import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExportMode, type ExportModeDeps } from '../../../../electron/main/exportMode';
import { atomicWrite } from '../../../../electron/services/atomicWrite';
import type { ReportExportRequest } from '../../../../electron/services/export/exportRequest';
import { readMapFile } from '../../../../electron/services/readMapFile';
import type { ReportJob } from '../../../../electron/services/report/renderReport';
import { parse } from '../../../../shared/format/parse';
import { extractMapFromPdf } from '../../../../shared/format/pdfMap';
import { serialise } from '../../../../shared/format/serialise';
import { FIXTURES, loaded } from '../../support/fixtures';

const MAP = join(FIXTURES, 'examples', 'home-insurance-claim.journey');

let folder: string;
let jobs: ReportJob[];
let complaints: string[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-export-mode-'));
  jobs = [];
  complaints = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A PDF export of the example into the test's folder, or as far as `overrides` say otherwise. */
const request = (overrides: Partial<ReportExportRequest> = {}): ReportExportRequest => ({
  input: MAP,
  format: 'pdf',
  output: join(folder, 'out.pdf'),
  page: 'A4',
  orientation: 'landscape',
  scale: 2,
  ...overrides,
});

/** Export mode over the real map reader and careful write, with a printer that records its jobs. */
function deps(overrides: Partial<ExportModeDeps> = {}): ExportModeDeps {
  return {
    readMap: readMapFile,
    printer: async (job) => {
      jobs.push(job);
      if (job.format === 'pdf') {
        const pdf = await PDFDocument.create();
        pdf.addPage();
        return pdf.save();
      }
      return new TextEncoder().encode(`${job.format} of the map`);
    },
    write: (path, bytes) => atomicWrite(path, bytes),
    complain: (line) => complaints.push(line),
    ...overrides,
  };
}

describe('export mode', () => {
  it('prints a PDF with the sheet asked for, attaches the map, writes it and exits 0', async () => {
    const status = await runExportMode({ kind: 'export', request: request({ page: 'A3', orientation: 'portrait' }) }, deps());
    expect(status).toBe(0);
    expect(complaints).toEqual([]);
    expect(jobs).toMatchObject([{ format: 'pdf', options: { page: 'A3', orientation: 'portrait' } }]);
    const extracted = await extractMapFromPdf(new Uint8Array(readFileSync(join(folder, 'out.pdf'))));
    expect(extracted.ok && loaded(parse(extracted.text))).toEqual(loaded(await readMapFile(MAP)));
  });

  it.each(['png', 'svg'] as const)('writes the %s the report page gives, at the scale asked for', async (format) => {
    const output = join(folder, `out.${format}`);
    expect(await runExportMode({ kind: 'export', request: request({ format, output, scale: 3 }) }, deps())).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`${format} of the map`);
    expect(jobs).toMatchObject([{ format, scale: 3, journeyText: serialise(loaded(await readMapFile(MAP))) }]);
  });

  it('exits 2 with one line on stderr for a request that cannot be read, before reading anything', async () => {
    expect(await runExportMode({ kind: 'invalid', message: 'The export request is not readable (expected base64url JSON).' }, deps())).toBe(2);
    expect(complaints).toEqual(['The export request is not readable (expected base64url JSON).']);
    expect(jobs).toEqual([]);
  });

  it('exits 2 with one line naming the file for a map that cannot be read, and prints nothing', async () => {
    const missing = join(folder, 'missing.journey');
    expect(await runExportMode({ kind: 'export', request: request({ input: missing }) }, deps())).toBe(2);
    expect(complaints).toEqual([`Cannot read ${missing}: There is no such file.`]);
    expect(jobs).toEqual([]);
  });

  it('exits 1 with one line when the report cannot be printed, and writes nothing', async () => {
    const failing = deps({
      printer: async () => {
        throw new Error('The report page did not start.');
      },
    });
    expect(await runExportMode({ kind: 'export', request: request() }, failing)).toBe(1);
    expect(complaints).toEqual([`Could not export ${MAP}: The report page did not start.`]);
    expect(() => readFileSync(join(folder, 'out.pdf'))).toThrow();
  });

  it('exits 1 with the careful write’s own sentence when the file cannot be written', async () => {
    const output = join(folder, 'no such folder', 'out.svg');
    expect(await runExportMode({ kind: 'export', request: request({ format: 'svg', output }) }, deps())).toBe(1);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatch(/^Could not save "out\.svg": The folder no longer exists\./);
  });
});
