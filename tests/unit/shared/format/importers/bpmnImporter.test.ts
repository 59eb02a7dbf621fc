import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BPMN_BYTES, MAX_BPMN_ELEMENTS } from '../../../../../shared/format/bpmn/bpmnText';
import { importFile, importerFor, type ImportedFile } from '../../../../../shared/format/importers';
import { bpmnImporter } from '../../../../../shared/format/importers/bpmnImporter';
import { parse } from '../../../../../shared/format/parse';
import { FIXTURES } from '../../../support/fixtures';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, 'bpmn', file)));
const problemOf = (result: ImportedFile): string => {
  if (result.ok) expect.fail('expected the file to be refused');
  expect(result.importer).toBe(bpmnImporter);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!.message;
};
const importedOf = (result: ImportedFile) => {
  if (!result.ok) expect.fail(JSON.stringify(result.problems));
  return result;
};
const doc = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">${body}</definitions>`;

describe('the BPMN 2.0 importer', () => {
  it('knows a BPMN file by its content under any name, and by its name only when nothing else claims it', () => {
    expect(importerFor(fixture('miwg-C.2.0-signavio.bpmn'), 'export.xml')).toBe(bpmnImporter);
    expect(bpmnImporter.sniff(fixture('miwg-C.2.0-signavio.bpmn'), 'export.xml')).toBe('content');
    expect(bpmnImporter.sniff(bytesOf('Process: register claim'), 'claims.BPMN')).toBe('name');
    expect(bpmnImporter.sniff(bytesOf('<?xml version="1.0"?><mxfile/>'), 'claims.xml')).toBe('no');
    expect(bpmnImporter.sniff(bytesOf('{"format":"outside-in.journey"}'), 'claims.journey')).toBe('no');
  });

  it('reads a real export into a map that the .journey loader accepts, with its findings', async () => {
    const result = importedOf(await importFile(fixture('miwg-B.2.0-bizagi.bpmn'), 'miwg-B.2.0-bizagi.bpmn'));
    expect(result.importer).toBe(bpmnImporter);
    expect(result.map.steps.length).toBeGreaterThan(30);
    expect(parse(result.journeyText).ok).toBe(true);
    expect(result.findings.map((finding) => finding.message)).toContain('The file holds 4 elements <LoopCounter> that BPMN 2.0 does not define (first at line 491); they were read past.');
  });

  it('reads files declared as ISO-8859-1 and Windows-1252 in their own encoding', async () => {
    expect(importedOf(await importFile(fixture('windows-1252.bpmn'), 'windows-1252.bpmn')).map.steps.map((step) => step.title)).toEqual(["Schadenmeldung prüfen", "Gutachter beauftragen – sofort"]);
    // Nothing about the encoding is said: the reader was handed text, not bytes it would take for UTF-8.
    expect(importedOf(await importFile(fixture('miwg-A.1.0-iso-8859-1.bpmn'), 'a.bpmn')).findings.map((finding) => finding.message)).toEqual(['The process has no name in the file; its lane is called “a”.']);
  });

  it('names a dangling reference as a finding and imports the rest', async () => {
    const result = importedOf(await importFile(fixture('broken-dangling-reference.bpmn'), 'broken-dangling-reference.bpmn'));
    expect(result.map.steps.map((step) => step.title)).toEqual(['Register claim', 'Pay out']);
    expect(result.findings.map((finding) => finding.message)).toContain('A reference to “Task_gone”, which the file does not define, was left out (a flow, lane entry or link that points nowhere).');
  });

  it('refuses each broken file with a message that names its problem', async () => {
    const refused = async (file: string): Promise<string> => problemOf(await importFile(fixture(file), file));
    expect(await refused('broken-duplicate-ids.bpmn')).toMatch(/^The id “Task_1” is used by two elements of the file\./);
    expect(await refused('broken-not-bpmn.bpmn')).toBe('The file is XML but not BPMN 2.0: its root element is <mxfile> in the namespace http://www.jgraph.com/mxfile, where a BPMN file has <definitions> in http://www.omg.org/spec/BPMN/20100524/MODEL.');
    expect(await refused('broken-not-xml.bpmn')).toBe('The file is not well-formed XML (missing start tag, line 1), so it cannot be read as BPMN.');
    expect(await refused('broken-no-activity.bpmn')).toBe('The file holds no activity (a task, sub-process or call activity), so there is no step to make of it.');
    expect(await refused('broken-entities.bpmn')).toBe('The file declares the XML entity “company”. Outside-In never expands or fetches entities; export the model again without them.');
  });

  it('refuses an encoding it cannot read, bytes that break the declared one, and files past its limits', async () => {
    const refused = async (bytes: Uint8Array): Promise<string> => problemOf(await importFile(bytes, 'model.bpmn'));
    expect(await refused(bytesOf(doc('').replace('UTF-8', 'EBCDIC-XYZ')))).toMatch(/written in the “ebcdic-xyz” encoding, which Outside-In does not read/);
    expect(await refused(Uint8Array.from([...bytesOf(doc('<process id="p"><task id="t" name="')), 0xff, 0xfe, ...bytesOf('"/></process>')]))).toMatch(/says it is written in UTF-8 but holds bytes that are not/);
    const tasks = Array.from({ length: MAX_BPMN_ELEMENTS - 1 }, (_, index) => `<task id="t${index}"/>`).join('');
    expect(await refused(bytesOf(doc(`<process id="p">${tasks}</process>`)))).toBe('The file holds 20,001 elements; Outside-In imports BPMN files of up to 20,000.');
    const huge = new Uint8Array(MAX_BPMN_BYTES + 1).fill(0x20);
    huge.set(bytesOf(doc('')));
    expect(await refused(huge)).toBe('The file is 20.0 MB; Outside-In imports BPMN files of up to 20 MB.');
  });

  it('names the map like the file, so Save never writes over the model', () => {
    expect(bpmnImporter.suggestName('Claims handling.bpmn')).toBe('Claims handling.journey');
    expect(bpmnImporter.savesInPlace).toBe(false);
    expect(bpmnImporter.fileAssociation).toBe(false);
  });
});
