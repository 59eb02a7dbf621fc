import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importerFor, type ImportedFile } from '../../../../../shared/format/importers';
import { csvImporter } from '../../../../../shared/format/importers/csvImporter';
import { xlsxImporter } from '../../../../../shared/format/importers/xlsxImporter';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import { SHEET_LIMITS } from '../../../../../shared/format/sheets/sheetLimits';
import { writeWorkbook } from '../../../../../shared/format/sheets/xlsxWriter';
import type { Cell } from '../../../../../shared/format/sheets/sheetTable';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { FIXTURES } from '../../../support/fixtures';

const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, 'sheets', file)));
const csv = (...lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));
const opened = (result: ImportedFile) => {
  if (!result.ok) expect.fail(JSON.stringify(result.problems));
  return result;
};
const refusal = (result: ImportedFile): string[] => {
  if (result.ok) expect.fail('expected the sheet to be refused');
  return result.problems.map((problem) => problem.message);
};
const stepsOf = (map: JourneyMap, laneTitle: string) => map.steps.filter((step) => step.laneId === map.lanes.find((lane) => lane.title === laneTitle)!.id);

describe('a journey typed in a spreadsheet', () => {
  it('opens with lanes as they first appear, the first a journey and the rest processes, rows without a column after their lane’s last, stages from the Stage column, and its gaps', async () => {
    const { map, findings, importer } = opened(
      await importFile(
        csv('Stage,Lane,Title,Column,Emotion', 'Aware,Customer,Sees an advert,,1', 'Aware,Customer,Reads reviews,,0', 'Buy,Customer,Orders,,2', 'Buy,Sales,Confirms the order,3,', 'Use,Customer,Unpacks,,-1'),
        'Client journey.csv',
      ),
    );
    expect(importer).toBe(csvImporter);
    expect(map.title).toBe('Client journey');
    expect(map.lanes.map((lane) => [lane.title, lane.kind])).toEqual([
      ['Customer', 'journey'],
      ['Sales', 'process'],
    ]);
    expect(stepsOf(map, 'Customer').map((step) => [step.title, step.column, step.emotion])).toEqual([
      ['Sees an advert', 0, 1],
      ['Reads reviews', 1, 0],
      ['Orders', 2, 2],
      ['Unpacks', 3, -1],
    ]);
    expect(stepsOf(map, 'Sales').map((step) => step.column)).toEqual([2]);
    expect(map.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual([
      ['Aware', 0, 1],
      ['Buy', 2, 2],
      ['Use', 3, 3],
    ]);
    expect(analyseCoverage(map).lanes[0]!.gaps.map((gap) => gap.kind)).toEqual(['before', 'after']);
    expect(findings).toEqual([]);
  });

  it('reads Excel’s own CSV: a byte-order mark, semicolons, decimal commas, headers in any case and order, a line break inside a quoted cell', async () => {
    const { map } = opened(await importFile(fixture('excel-semicolons.csv'), 'excel-semicolons.csv'));
    expect(map.steps.map((step) => [step.title, step.column, step.emotion ?? null, step.painPoints ?? null, step.data?.satisfaction ?? null])).toEqual([
      ['Sees an advert', 0, 1, null, 7.5],
      ['Compares offers', 1, -1, ['Too many options', 'Hidden fees'], null],
      ['Sends the offer', 1, null, null, null],
    ]);
    expect(map.stages.map((stage) => stage.title)).toEqual(['Aware', 'Choose']);
  });

  it('takes a lane’s kind from the Lane kind column and says so when a later row disagrees', async () => {
    const { map } = opened(await importFile(csv('Lane,Lane kind,Title', 'Friends,Context,Asks around', 'Customer,journey,Decides'), 'x.csv'));
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['context', 'journey']);
    expect(refusal(await importFile(csv('Lane,Lane kind,Title', 'Sales,process,Calls', 'Sales,journey,Calls again'), 'x.csv'))).toEqual(['Row 3, column "Lane kind": "journey" differs from "process", the kind row 2 gives the lane "Sales".']);
  });

  it('refuses what would be lost, naming the row and the column', async () => {
    const refused = refusal(
      await importFile(
        csv('Lane,Lane kind,Title,Column,Emotion,Evidence,Span', 'Customer,journey,A,1,-3,,', 'Customer,journey,B,2.5,,,', 'Customer,journey,C,-1,,,', 'Customer,journey,D,,,rumoured,', 'Team,department,E,,,,', 'Customer,journey,F,,,,0'),
        'x.csv',
      ),
    );
    expect(refused).toEqual([
      'Row 2, column "Emotion": "-3" is outside -2…2.',
      'Row 3, column "Column": "2.5" is not a whole number; columns count in whole numbers.',
      'Row 4, column "Column": "-1" is below 1; columns count from 1.',
      'Row 5, column "Evidence": "rumoured" is not one of observed, assumed, proposed.',
      'Row 6, column "Lane kind": "department" is not a lane kind: use journey, process, context.',
      'Row 7, column "Span": "0" is below 1; spans count from 1.',
    ]);
  });

  it('quotes at most a short piece of a long cell in a message', async () => {
    const [message] = refusal(await importFile(csv('Title,Emotion', `A,${'9'.repeat(300)}`), 'x.csv'));
    expect(message).toBe(`Row 2, column "Emotion": "${'9'.repeat(40)}…" is outside -2…2.`);
  });

  it('names the columns it does not read, and leaves them out', async () => {
    const { findings } = opened(await importFile(csv('Title,Colour of the card', 'A,red'), 'x.csv'));
    expect(findings.map((finding) => finding.message)).toEqual(['The column "Colour of the card" is not one Outside-In reads; it was left out.']);
  });

  it('refuses binary data named .csv, a cell past the limit, a sheet with more rows than the limit, a file past the size limit', async () => {
    expect(refusal(await importFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]), 'report.csv'))).toEqual([
      'The file holds binary data, not comma-separated text: is it a CSV file? A workbook saved by Excel ends in .xlsx.',
    ]);
    expect(refusal(await importFile(csv('Title', 'x'.repeat(SHEET_LIMITS.cellLength + 1)), 'x.csv'))).toEqual(['Row 2, column "Title": the cell holds 10,001 characters; a cell may hold at most 10,000.']);
    const rows = Array.from({ length: SHEET_LIMITS.rows }, (_, index) => `Step ${index}`);
    expect(refusal(await importFile(csv('Title', ...rows), 'x.csv'))).toEqual(['The sheet "x.csv" has 20,001 rows; Outside-In reads at most 20,000. Split it into smaller sheets.']);
    expect(refusal(await importFile(new Uint8Array(SHEET_LIMITS.fileBytes + 1).fill(0x41), 'big.csv'))).toEqual(['The CSV file is 21 MB; Outside-In reads at most 20 MB. Split it into smaller files.']);
  });

  it('refuses a sheet of 100,000 rows with the limit named, rather than making a map nobody can lay out', async () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => `Customer,Step ${index}`);
    expect(refusal(await importFile(csv('Lane,Title', ...rows), 'inventory.csv'))).toEqual(['The sheet "inventory.csv" has 100,001 rows; Outside-In reads at most 20,000. Split it into smaller sheets.']);
  });

  it('keeps a CSV cell that starts like a formula as text, and takes off the apostrophe that guarded it', async () => {
    const { map } = opened(await importFile(csv('Title', "'=SUM(A1:A3)", '=1+1', "'plain"), 'x.csv'));
    expect(map.steps.map((step) => step.title)).toEqual(['=SUM(A1:A3)', '=1+1', "'plain"]);
  });
});

describe('an Excel workbook', () => {
  const workbook = (rows: Cell[][], name = 'Steps'): Uint8Array => writeWorkbook([{ name, rows }]);

  it('opens with Excel’s dates read as days, numbers and ticks as Excel stores them, and names that trip plain objects kept', async () => {
    const { map, importer } = opened(
      await importFile(
        workbook([
          ['Title', 'Moment that matters', 'Customers per month', 'Duration', 'Owner'],
          ['constructor', true, 1200, new Date(Date.UTC(2026, 2, 1)), 'valueOf'],
          ['__proto__', 'x', 0, '2 days', '_x0041_'],
        ]),
        'Journey.xlsx',
      ),
    );
    expect(importer).toBe(xlsxImporter);
    expect(map.title).toBe('Journey');
    expect(map.steps.map((step) => [step.title, step.momentThatMatters, step.data, step.owner])).toEqual([
      ['constructor', true, { customersPerMonth: 1200, duration: '2026-03-01' }, 'valueOf'],
      ['__proto__', true, { customersPerMonth: 0, duration: '2 days' }, '_x0041_'],
    ]);
  });

  it('uses the value Excel saved with a formula and never evaluates it', async () => {
    const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Emotion</t></is></c></row><row r="2"><c r="A2" t="str"><f>CONCATENATE("Pay ","online")</f><v>Pay online</v></c><c r="B2"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>';
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const files = unzipSync(workbook([['Title'], ['placeholder']]));
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
    const { map } = opened(await importFile(zipSync(files), 'formulas.xlsx'));
    expect(map.steps.map((step) => [step.title, step.emotion])).toEqual([['Pay online', 2]]);
  });

  it('refuses a formula Excel never calculated, naming its cell and what to do', async () => {
    const sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" t="inlineStr"><is><t>Emotion</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Pays</t></is></c><c r="B2" t="str"><f>C2-3</f></c></row></sheetData></worksheet>';
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const files = unzipSync(workbook([['Title'], ['placeholder']]));
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
    expect(refusal(await importFile(zipSync(files), 'uncalculated.xlsx'))).toEqual([
      'Row 2, column B: the cell has no value Excel saved (a formula that was never calculated?). Open the workbook in Excel, let it calculate, save it and import it again.',
    ]);
  });

  it('refuses a workbook whose parts would unpack past the limit, before inflating them', async () => {
    const bytes = workbook([['Title'], ['A']]);
    // The archive's directory says how large each part unpacks; one that claims 4 GB is refused from it.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 0; at + 4 <= bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xf0000000, true);
    expect(refusal(await importFile(bytes, 'bomb.xlsx'))[0]).toMatch(/^The workbook unpacks to [\d,]+ MB; Outside-In reads workbooks of up to 256 MB unpacked\.$/);
  });

  it('refuses a file that is not a workbook, with what to do', async () => {
    const [message] = refusal(await importFile(new TextEncoder().encode('Title\nA'), 'journey.xlsx'));
    expect(message).toMatch(/^The file is not an Excel workbook Outside-In can read .*Save it from Excel as \.xlsx \(an older \.xls will not do\)\.$/);
  });

  it('is known by its content under its name, by its name otherwise, and a CSV never claims it', () => {
    const bytes = workbook([['Title'], ['A']]);
    expect(xlsxImporter.sniff(bytes, 'j.xlsx')).toBe('content');
    expect(importerFor(bytes, 'j.XLSX')).toBe(xlsxImporter);
    expect(xlsxImporter.sniff(new Uint8Array([1, 2]), 'j.xlsx')).toBe('name');
    expect(xlsxImporter.sniff(bytes, 'j.docx')).toBe('no');
    expect(csvImporter.sniff(bytes, 'j.xlsx')).toBe('no');
    expect(xlsxImporter.suggestName('Client journey.xlsx')).toBe('Client journey.journey');
  });
});

describe('Blueprint Signal’s process list', () => {
  it('opens as lanes per service layer, stages in order, each stage’s items side by side, its notes named as left out', async () => {
    const { map, findings } = opened(await importFile(fixture('blueprint-signal-simple.csv'), 'blueprint-signal-simple.csv'));
    expect(map.lanes.map((lane) => [lane.title, lane.kind])).toEqual([
      ['Customer actions', 'journey'],
      ['Visible staff / technology', 'process'],
      ['Backstage actions', 'process'],
    ]);
    expect(map.steps.map((step) => [step.title, step.column, step.owner, step.evidence, step.duration ?? null])).toEqual([
      ['Give booking name', 0, 'Guest', 'assumed', null],
      ['Check booking and seat guests', 0, 'Host', 'assumed', '4 min'],
      ['Prepare the confirmed order', 1, 'Kitchen', 'assumed', null],
    ]);
    expect(map.stages.map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual([
      ['Arrive', 0, 0],
      ['Order', 1, 1],
    ]);
    expect(analyseCoverage(map).lanes[0]!.covered).toBe(1);
    expect(findings.map((finding) => finding.message)).toEqual(["Blueprint Signal's evidence notes have no place on a step and were left out (rows 2, 3, 4)."]);
  });

  it('refuses an unknown service layer and a missing stage with the row and column', async () => {
    const refused = refusal(await importFile(csv('Stage,Service layer,What happens', 'Arrive,Kitchen,Cook', ',customer,Wait'), 'bs.csv'));
    expect(refused).toEqual([
      'Row 2, column "Service layer": "Kitchen" is not a service layer: use Customer actions, Physical / digital evidence, Visible staff / technology, Backstage actions, Support processes.',
      'Row 3, column "Stage": empty; Blueprint Signal needs it on every row.',
    ]);
  });
});
