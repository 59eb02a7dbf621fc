import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPdf } from '../../../../shared/format/isPdf';
import { parse } from '../../../../shared/format/parse';
import { embedMapInPdf, extractMapFromPdf, INFLATION_RATIO, inflationLimit, JOURNEY_MEDIA_TYPE, MAX_MAP_IN_PDF_BYTES, MAX_MAP_IN_PDF_FILE, NO_MAP_IN_PDF } from '../../../../shared/format/pdfMap';
import { suggestedFileName } from '../../../../shared/host/fileName';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { examples, loaded } from '../../support/fixtures';
import { onePagePdf, pdfThatMakesPdfLibWarn, pdfWithAttachment } from '../../support/pdfs';

const NOW = new Date(Date.UTC(2026, 4, 3, 12));
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-pdfmap-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const writePdf = (name: string, bytes: Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });

describe('a PDF that carries its map', () => {
  it.each(examples())('gives the example $name back exactly', async ({ journey }) => {
    const map = loaded(parse(journey));
    const pdf = await embedMapInPdf(await onePagePdf(), journey, map, NOW);
    const back = await extractMapFromPdf(pdf);
    expect(back).toEqual({ ok: true, text: journey, name: suggestedFileName(map.title) });
    expect(loaded(parse(back.ok ? back.text : ''))).toEqual(map);
  });

  it.each(examples())('holds the map of $name as a real attachment and keeps its page', async ({ name, journey }) => {
    const map = loaded(parse(journey));
    const path = writePdf(`${name}.pdf`, await embedMapInPdf(await onePagePdf(), journey, map, NOW));
    expect(poppler('pdfdetach', '-list', path)).toBe(`1 embedded files\n1: ${suggestedFileName(map.title)}\n`);
    const saved = join(folder, `${name}.saved.journey`);
    poppler('pdfdetach', '-save', '1', '-o', saved, path);
    expect(readFileSync(saved, 'utf8')).toBe(journey);
    expect(poppler('pdftotext', path, '-')).toContain('Coverage summary of the report');
    expect(poppler('pdfinfo', path)).toMatch(/^Pages: +1$/m);
  });

  it('names title, author, subject and keywords in the document properties', async () => {
    const example = examples().find((e) => e.name === 'home-insurance-claim')!;
    const map: JourneyMap = { ...loaded(parse(example.journey)), client: 'Hearth Mutual', author: 'Ana Reyes' };
    const info = poppler('pdfinfo', writePdf('info.pdf', await embedMapInPdf(await onePagePdf(), example.journey, map, NOW)));
    expect(info).toMatch(/^Title: +Home insurance claim$/m);
    expect(info).toMatch(/^Author: +Ana Reyes$/m);
    expect(info).toMatch(/^Subject: +Customer journey map for Hearth Mutual — Home owner 40% covered, 2 gaps$/m);
    expect(info).toMatch(/^Keywords: +customer journey, outside-in, journey map, Hearth Mutual, Home owner, .*Claims handling/m);
    expect(info).toMatch(/^Creator: +Outside-In$/m);
    expect(info).toMatch(/^ModDate: +Sun May +3 12:00:00 2026 UTC$/m);
  });

  it('names Outside-In as the author when the map names none', async () => {
    const example = examples()[0]!;
    const map = loaded(parse(example.journey));
    const info = poppler('pdfinfo', writePdf('anonymous.pdf', await embedMapInPdf(await onePagePdf(), example.journey, { ...map, author: undefined }, NOW)));
    expect(info).toMatch(/^Author: +Outside-In$/m);
  });
});

describe('a PDF without a map', () => {
  it('says it carries no map when nothing is attached', async () => {
    expect(await extractMapFromPdf(await onePagePdf())).toEqual({ ok: false, message: NO_MAP_IN_PDF });
  });

  it('says it carries no map when what is attached is something else', async () => {
    expect(await extractMapFromPdf(await pdfWithAttachment('notes.txt', 'Minutes of the workshop', 'text/plain'))).toEqual({ ok: false, message: NO_MAP_IN_PDF });
  });

  it('finds a map attached under another name and type by reading it', async () => {
    const { journey } = examples()[0]!;
    expect(await extractMapFromPdf(await pdfWithAttachment('map.json', journey, 'application/json'))).toEqual({ ok: true, text: journey, name: 'map.json' });
  });

  it('prefers the attachment marked as a map', async () => {
    const [first, second] = examples();
    const document = await PDFDocument.load(await onePagePdf());
    await document.attach(new TextEncoder().encode(first!.journey), 'other.json', { mimeType: 'application/json' });
    await document.attach(new TextEncoder().encode(second!.journey), 'marked', { mimeType: JOURNEY_MEDIA_TYPE });
    expect(await extractMapFromPdf(await document.save())).toMatchObject({ ok: true, name: 'marked', text: second!.journey });
  });

  it('says a truncated PDF could not be read', async () => {
    const { journey } = examples()[0]!;
    const whole = await embedMapInPdf(await onePagePdf(), journey, loaded(parse(journey)), NOW);
    for (const length of [400, Math.floor(whole.length / 2)]) {
      expect(await extractMapFromPdf(whole.slice(0, length))).toEqual({ ok: false, message: 'The PDF could not be read: it is damaged or incomplete.' });
    }
  });

  it('says random bytes are not a PDF', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256);
    expect(isPdf(bytes)).toBe(false);
    expect(await extractMapFromPdf(bytes)).toEqual({ ok: false, message: 'The file is not a PDF.' });
    expect(await extractMapFromPdf(new Uint8Array())).toEqual({ ok: false, message: 'The file is not a PDF.' });
  });

  it('says garbage behind a PDF header could not be read', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n\u0001\u0002 this is no PDF body at all');
    expect(isPdf(bytes)).toBe(true);
    expect(await extractMapFromPdf(bytes)).toEqual({ ok: false, message: 'The PDF could not be read: it is damaged or incomplete.' });
  });
});

describe('reading a PDF pdf-lib has warnings about', () => {
  it('gives the map back without a word on the console, and leaves the console as it was', async () => {
    const { journey } = examples()[0]!;
    const pdf = await pdfThatMakesPdfLibWarn(journey);
    const before = console.warn;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const spied = console.warn;
      expect(await extractMapFromPdf(pdf)).toMatchObject({ ok: true, text: journey });
      expect(warn).not.toHaveBeenCalled();
      expect(console.warn).toBe(spied);
    } finally {
      warn.mockRestore();
    }
    expect(console.warn).toBe(before);
  });
});

describe('a PDF whose attachment inflates far beyond any map', () => {
  // A few hundred kilobytes on disk that inflate to more than the limit: reading on would cost
  // seconds and hundreds of megabytes for a map no one made.
  const inflated = MAX_MAP_IN_PDF_BYTES + 1024 * 1024;
  let bomb: Uint8Array;
  beforeAll(async () => {
    bomb = await pdfWithAttachment('claim.journey', `{"format":"outside-in.journey","version":1,"map":{"title":"${' '.repeat(inflated)}"}}`, JOURNEY_MEDIA_TYPE);
  }, 60_000);

  it('is refused with a message that names the limit, without inflating it all', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await extractMapFromPdf(bomb)).toEqual({
      ok: false,
      message: 'The map inside the PDF (“claim.journey”) inflates to more than Outside-In reads from a PDF; the PDF may be damaged.',
    });
  });

  it('is never written: a map the PDF could not give back is not put into one', async () => {
    const map = loaded(parse(examples()[0]!.journey));
    const huge = `${' '.repeat(MAX_MAP_IN_PDF_BYTES)}${examples()[0]!.journey}`;
    await expect(embedMapInPdf(await onePagePdf(), huge, map, NOW)).rejects.toThrow(
      'The map is too large for Outside-In to read back from a PDF, so no PDF was written: keep its .journey file.',
    );
  });

  it('lets a large map inflate as far as maps compress, and never past what a file may be', () => {
    expect(inflationLimit(100 * 1024)).toBe(MAX_MAP_IN_PDF_BYTES);
    expect(inflationLimit(1024 * 1024)).toBe(INFLATION_RATIO * 1024 * 1024);
    expect(inflationLimit(10 * 1024 * 1024)).toBe(MAX_MAP_IN_PDF_FILE);
  });

  it('passes over such an attachment that is not marked as a map, and finds the map beside it', async () => {
    const { journey } = examples()[0]!;
    const untagged = await PDFDocument.load(await pdfWithAttachment('video.bin', ' '.repeat(inflated), 'application/octet-stream'));
    await untagged.attach(new TextEncoder().encode(journey), 'map.json', { mimeType: 'application/json' });
    expect(await extractMapFromPdf(await untagged.save())).toEqual({ ok: true, text: journey, name: 'map.json' });
  }, 60_000);
});
