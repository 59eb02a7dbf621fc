import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './exportSupport';
import { FIXTURES, examples } from '../../support/fixtures';
import { onePagePdf, outsideInPdf, pdfThatMakesPdfLibWarn, pdfWithAttachment } from '../../support/pdfs';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-cli-pdf-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the command line in-process and collects what it says. */
const write = (name: string, content: Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe('analyze of an Outside-In PDF', () => {
  it.each(examples())('prints exactly what analyze of $name.journey prints, with and without --json', async ({ name, journey }) => {
    const pdf = write(`${name}.pdf`, await outsideInPdf(journey));
    const source = join(FIXTURES, 'examples', `${name}.journey`);
    for (const options of [['--json'], []]) {
      const fromPdf = await cli('analyze', pdf, ...options);
      expect(fromPdf).toEqual(await cli('analyze', source, ...options));
      expect(fromPdf.status).toBe(0);
    }
  });

  it.each([
    ['a PDF without attachments', () => onePagePdf(), 'This PDF carries no map: only PDFs exported by Outside-In can be opened.'],
    ['a PDF with something else attached', () => pdfWithAttachment('notes.txt', 'Workshop minutes', 'text/plain'), 'This PDF carries no map: only PDFs exported by Outside-In can be opened.'],
    ['a truncated PDF', async () => (await outsideInPdf(examples()[0]!.journey)).slice(0, 600), 'The PDF could not be read: it is damaged or incomplete.'],
    ['a PDF whose map is broken', () => pdfWithAttachment('claim.journey', '{"format":"drawio"}'), 'The map inside the PDF cannot be read: This is not an Outside-In map'],
  ])('refuses %s with status 2, the message on stderr and nothing on stdout', async (label, pdf, message) => {
    const file = write(`${label.replaceAll(' ', '-')}.pdf`, await pdf());
    const result = await cli('analyze', file, '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`Cannot read ${file}`)).toBe(true);
    expect(result.stderr).toContain(message);
  });
});

describe('analyze of a PDF as a user runs it', () => {
  it('says nothing on stderr when the PDF reader has warnings of its own, and prints the analysis', async () => {
    const { name, journey } = examples()[0]!;
    const pdf = write('touched-by-another-program.pdf', await pdfThatMakesPdfLibWarn(journey));
    // What `npm run --silent cli --` runs, without npm's own notices.
    const root = resolve(import.meta.dirname, '../../../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'analyze', pdf], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe((await cli('analyze', join(FIXTURES, 'examples', `${name}.journey`))).stdout);
  });
});
