import { describe, expect, it } from 'vitest';
import type { Importer } from '../../../../shared/format/importers/importer';
import { journeyImporter } from '../../../../shared/format/importers/journeyImporter';
import { outsideInPdfImporter } from '../../../../shared/format/importers/outsideInPdfImporter';
import {
  acceptedExtensions,
  acceptedMediaTypes,
  associatedExtensions,
  IMPORTERS,
  importerFor,
  importFile,
  openDialogFilters,
  unknownTypeMessage,
  type ImportedFile,
} from '../../../../shared/format/importers';
import { parse } from '../../../../shared/format/parse';
import { NO_MAP_IN_PDF } from '../../../../shared/format/pdfMap';
import { serialise } from '../../../../shared/format/serialise';
import { examples, fixtureText, loaded } from '../../support/fixtures';
import { onePagePdf, outsideInPdf, pdfWithAttachment } from '../../support/pdfs';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const JOURNEY = fixtureText('examples', 'home-insurance-claim.journey');

/** The map and text of a file that was read, or the test fails with its problems. */
function imported(result: ImportedFile): Extract<ImportedFile, { ok: true }> {
  if (!result.ok) expect.fail(`expected the file to be read, got: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The problems of a file that could not be read, or the test fails. */
function refused(result: ImportedFile): Extract<ImportedFile, { ok: false }> {
  if (result.ok) expect.fail('expected the file to be refused');
  return result;
}

describe('recognising a file', () => {
  it('knows a .journey file by its content, whatever it is called', () => {
    for (const name of ['claim.journey', 'claim.json', 'claim.pdf', 'claim', 'CLAIM.TXT']) expect(importerFor(bytesOf(JOURNEY), name)).toBe(journeyImporter);
    // A byte-order mark and leading blank lines do not hide the JSON.
    expect(importerFor(bytesOf(`\uFEFF\n  \t${JOURNEY}`), 'claim.txt')).toBe(journeyImporter);
  });

  it('knows a PDF by its header, whatever it is called, and whoever made it', async () => {
    const ours = await outsideInPdf(JOURNEY);
    const theirs = await onePagePdf();
    for (const name of ['Claim report.pdf', 'report.PDF', 'report.journey', 'report']) {
      expect(importerFor(ours, name)).toBe(outsideInPdfImporter);
      expect(importerFor(theirs, name)).toBe(outsideInPdfImporter);
    }
  });

  it('falls back on the name when the content says nothing, so a broken file is told in its own format’s words', () => {
    expect(importerFor(bytesOf('Call the assessor back on Monday.'), 'notes.journey')).toBe(journeyImporter);
    expect(importerFor(bytesOf('Call the assessor back on Monday.'), 'notes.PDF')).toBe(outsideInPdfImporter);
  });

  it('knows nothing of a file whose content and name fit no type', () => {
    expect(importerFor(bytesOf('Call the assessor back on Monday.'), 'notes.txt')).toBeNull();
    expect(importerFor(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'photo.png')).toBeNull();
  });
});

describe('reading a file', () => {
  it.each(examples())('reads $name from its .journey file and from the Outside-In PDF that carries it, alike and with its exact text', async ({ name, journey }) => {
    const map = loaded(parse(journey));
    expect(imported(await importFile(bytesOf(journey), `${name}.journey`))).toEqual({ ok: true, importer: journeyImporter, map, journeyText: journey, findings: [] });
    expect(imported(await importFile(await outsideInPdf(journey), `${name}.pdf`))).toEqual({ ok: true, importer: outsideInPdfImporter, map, journeyText: journey, findings: [] });
  });

  it('reads a map saved under the wrong extension', async () => {
    expect(imported(await importFile(bytesOf(JOURNEY), 'claim.pdf')).map).toEqual(loaded(parse(JOURNEY)));
  });

  it('says a PDF not made by Outside-In carries no map', async () => {
    expect(refused(await importFile(await onePagePdf(), 'minutes.pdf'))).toEqual({ ok: false, importer: outsideInPdfImporter, problems: [{ path: '$', message: NO_MAP_IN_PDF }] });
  });

  it('says the broken map came from inside the PDF, and where in it the problem is', async () => {
    const broken = JSON.stringify({ format: 'outside-in.journey', version: 1, map: { id: 'm', title: 'T', lanes: [], steps: [{ id: 's', laneId: 'x', title: 'S', column: 0 }] } });
    const { problems } = refused(await importFile(await pdfWithAttachment('t.journey', broken), 't.pdf'));
    expect(problems[0]).toEqual({ path: '$.map.steps[0].laneId', message: expect.stringMatching(/^The map inside the PDF cannot be read: Step "s" is in lane "x"/) });
  });

  it('tells a .journey file’s problems in the format’s words', async () => {
    expect(refused(await importFile(bytesOf('Call the assessor back on Monday.'), 'notes.journey')).problems[0]!.message).toMatch(/^The file is not valid JSON/);
    expect(refused(await importFile(Uint8Array.from([0x89, 0x50, 0, 1, 0xff]), 'garbage.journey')).problems[0]!.message).toMatch(/^The file is not text/);
  });

  it('says a file named like a PDF that is none is not a PDF', async () => {
    expect(refused(await importFile(bytesOf('Call the assessor back on Monday.'), 'notes.pdf')).problems).toEqual([{ path: '$', message: 'The file is not a PDF.' }]);
  });

  it('says an empty file is empty, whatever its name', async () => {
    for (const name of ['empty.journey', 'empty.pdf', 'empty.txt']) {
      expect(refused(await importFile(new Uint8Array(), name))).toEqual({ ok: false, importer: null, problems: [{ path: '$', message: 'The file is empty.' }] });
    }
  });

  it('refuses a file of no known type, naming the types it can open', async () => {
    const result = refused(await importFile(bytesOf('Call the assessor back on Monday.'), 'notes.txt'));
    expect(result).toEqual({ ok: false, importer: null, problems: [{ path: '$', message: unknownTypeMessage() }] });
    expect(unknownTypeMessage([journeyImporter, outsideInPdfImporter])).toBe('Outside-In cannot open this kind of file. It opens: Outside-In map (.journey), Outside-In PDF report (.pdf).');
    for (const importer of IMPORTERS) expect(unknownTypeMessage()).toContain(`${importer.name} (${importer.extensions.join(', ')})`);
  });
});

describe('naming the map', () => {
  it('keeps a .journey file’s own name, so the map saves back under it', () => {
    expect(journeyImporter.suggestName('claim.journey')).toBe('claim.journey');
    expect(journeyImporter.savesInPlace).toBe(true);
  });

  it('names a PDF’s map like the PDF with .journey, so Save never offers to write over the report', () => {
    expect(outsideInPdfImporter.suggestName('Claim report.pdf')).toBe('Claim report.journey');
    expect(outsideInPdfImporter.suggestName('CLAIM.PDF')).toBe('CLAIM.journey');
    expect(outsideInPdfImporter.suggestName('report: final?.pdf')).toBe('report final.journey');
    expect(outsideInPdfImporter.savesInPlace).toBe(false);
  });
});

// These hold whatever types join the list: an importer added later changes none of them.
describe('what dialogs, pickers and the system are told', () => {
  it('accepts every extension and media type of the list, once each', () => {
    expect(acceptedExtensions()).toEqual(IMPORTERS.flatMap((importer) => importer.extensions));
    expect(acceptedExtensions()).toEqual(expect.arrayContaining(['.journey', '.pdf']));
    expect(acceptedMediaTypes()).toEqual(expect.arrayContaining(['application/json', 'application/pdf']));
    expect(acceptedExtensions([journeyImporter, journeyImporter])).toEqual(['.journey']);
    expect(acceptedMediaTypes([journeyImporter, journeyImporter])).toEqual(['application/json']);
  });

  it('registers the app for its own files, not for every PDF', () => {
    expect(associatedExtensions()).toContain('.journey');
    expect(associatedExtensions()).not.toContain('.pdf');
    expect(associatedExtensions([journeyImporter, outsideInPdfImporter])).toEqual(['.journey']);
  });

  it('offers every file it opens first, then each type on its own', () => {
    const filters = openDialogFilters();
    expect(filters.map((filter) => filter.name)).toEqual(['All files Outside-In opens', ...IMPORTERS.map((importer) => importer.name)]);
    expect(filters[0]).toMatchObject({ extensions: acceptedExtensions(), accept: { 'application/json': ['.journey'], 'application/pdf': ['.pdf'] } });
    expect(filters).toContainEqual({ name: 'Outside-In map', extensions: ['.journey'], accept: { 'application/json': ['.journey'] } });
    expect(filters).toContainEqual({ name: 'Outside-In PDF report', extensions: ['.pdf'], accept: { 'application/pdf': ['.pdf'] } });
  });

  it('gives every extension an id, a name and a single owner', () => {
    const ids = IMPORTERS.map((importer) => importer.id);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = IMPORTERS.flatMap((importer) => importer.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const extension of extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
  });
});

describe('a type added to the list', () => {
  const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
  /** A stand-in for a later importer (Mermaid's `journey` diagrams): one step per line, no media type browsers know. */
  const mermaid: Importer = {
    id: 'mermaid',
    name: 'Mermaid journey',
    extensions: ['.mmd'],
    mediaTypes: [],
    fileAssociation: false,
    savesInPlace: false,
    sniff: (bytes, name) => (new TextDecoder().decode(bytes).startsWith('journey') ? 'content' : name.endsWith('.mmd') ? 'name' : 'no'),
    read: async (bytes) => {
      const [, ...steps] = lines(new TextDecoder().decode(bytes));
      if (steps.length === 0) return { ok: false, problems: [{ path: '$', message: 'The journey has no steps.' }] };
      const map = loaded(parse(JSON.stringify({ format: 'outside-in.journey', version: 1, map: { id: 'm', title: 'From Mermaid', lanes: [{ id: 'c', kind: 'journey', title: 'Customer' }], steps: steps.map((title, column) => ({ id: `s${column}`, laneId: 'c', title: title.trim(), column })) } })));
      return { ok: true, map, findings: [{ path: '$', message: 'Scores are not read.' }] };
    },
    suggestName: (fileName) => fileName.replace(/\.mmd$/, '.journey'),
  };
  // The list as it stood before the real spreadsheet and Mermaid importers joined it.
  const before = IMPORTERS.filter((importer) => ['journey', 'outside-in-pdf', 'bpmn'].includes(importer.id));
  const withMermaid = [...before, mermaid];

  it('is recognised, read, serialised and its findings kept', async () => {
    const result = imported(await importFile(bytesOf('journey\n  Finds a roofer\n  Pays'), 'roof.mmd', withMermaid));
    expect(result.importer).toBe(mermaid);
    expect(result.map.steps.map((step) => step.title)).toEqual(['Finds a roofer', 'Pays']);
    expect(result.journeyText).toBe(serialise(result.map));
    expect(result.findings).toEqual([{ path: '$', message: 'Scores are not read.' }]);
  });

  it('joins the dialogs, filed under the generic media type, and the message for unknown files', () => {
    expect(openDialogFilters(withMermaid)[0]!.accept).toEqual({ 'application/json': ['.journey'], 'application/pdf': ['.pdf'], 'application/octet-stream': ['.bpmn', '.mmd'] });
    expect(openDialogFilters(withMermaid).map((filter) => filter.name)).toEqual(['All files Outside-In opens', 'Outside-In map', 'Outside-In PDF report', 'BPMN 2.0 process', 'Mermaid journey']);
    expect(unknownTypeMessage(withMermaid)).toMatch(/, Mermaid journey \(\.mmd\)\.$/);
  });

  it('is no reason to throw when it fails unexpectedly', async () => {
    const throwing: Importer = { ...mermaid, read: () => Promise.reject(new Error('the worker stopped')) };
    expect(refused(await importFile(bytesOf('journey\n  Pays'), 'roof.mmd', [throwing]))).toEqual({
      ok: false,
      importer: throwing,
      problems: [{ path: '$', message: 'The Mermaid journey could not be read: the worker stopped' }],
    });
  });

  it('loses to an earlier type that is as sure', () => {
    const greedy: Importer = { ...mermaid, id: 'greedy', sniff: () => 'content' };
    expect(importerFor(bytesOf(JOURNEY), 'claim.journey', [...before, greedy])).toBe(journeyImporter);
    expect(importerFor(bytesOf('plain words'), 'claim.journey', [...before, greedy])).toBe(greedy);
  });
});

describe('the spreadsheets and Mermaid in the list', () => {
  it('follow the types before them in the dialogs, each under the media type browsers give it', () => {
    expect(openDialogFilters().map((filter) => filter.name)).toEqual(['All files Outside-In opens', 'Outside-In map', 'Outside-In PDF report', 'BPMN 2.0 process', 'Excel workbook', 'CSV spreadsheet', 'Mermaid journey']);
    expect(openDialogFilters()[0]!.accept).toEqual({
      'application/json': ['.journey'],
      'application/pdf': ['.pdf'],
      'application/octet-stream': ['.bpmn', '.mmd', '.mermaid'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
      'text/csv': ['.csv'],
    });
    expect(associatedExtensions()).toEqual(['.journey']);
  });
});
