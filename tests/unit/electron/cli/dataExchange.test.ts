import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './exportSupport';
import { parse } from '../../../../shared/format/parse';
import { FIXTURES, loaded } from '../../support/fixtures';

// The command line's spreadsheets and Mermaid: `export --xlsx|--csv|--mermaid` (no browser needed)
// and `import` of what they write, back to the same map.

let folder: string;
const example = join(FIXTURES, 'examples', 'home-insurance-claim.journey');
const original = () => loaded(parse(readFileSync(example, 'utf8')));

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-sheets-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('export and import of spreadsheets and Mermaid', () => {
  it('writes an Excel workbook that imports as the same map', async () => {
    const xlsx = join(folder, 'claim.xlsx');
    expect(await cli('export', example, '--xlsx', xlsx)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect([...readFileSync(xlsx).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const out = join(folder, 'from-xlsx.journey');
    expect((await cli('import', xlsx, '--out', out)).status).toBe(0);
    expect(loaded(parse(readFileSync(out, 'utf8')))).toEqual(original());
  });

  it('writes a CSV of the steps with its second file beside it, and imports the pair as the same map', async () => {
    const csv = join(folder, 'claim.csv');
    expect((await cli('export', example, '--csv', csv)).status).toBe(0);
    expect(readdirSync(folder).filter((name) => name.startsWith('claim.')).sort()).toEqual(['claim.csv', 'claim.details.csv', 'claim.xlsx']);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFStage,Lane,Lane kind,Persona,Lane owner,Column,Span,Title,/);
    const out = join(folder, 'from-csv.journey');
    expect((await cli('import', csv, '--out', out)).status).toBe(0);
    expect(loaded(parse(readFileSync(out, 'utf8')))).toEqual(original());
  });

  it('imports a CSV alone, titled by its file name, when its second file is not beside it', async () => {
    const alone = join(folder, 'alone.csv');
    writeFileSync(alone, 'Lane,Title\nCustomer,Calls\nClaims,Answers\n');
    const out = join(folder, 'alone.journey');
    expect((await cli('import', alone, '--out', out)).status).toBe(0);
    const map = loaded(parse(readFileSync(out, 'utf8')));
    expect([map.title, map.lanes.map((lane) => lane.kind)]).toEqual(['alone', ['journey', 'process']]);
  });

  it('writes a Mermaid journey, and imports one with its findings as warnings', async () => {
    const mmd = join(folder, 'claim.mmd');
    expect((await cli('export', example, '--mermaid', mmd)).status).toBe(0);
    expect(readFileSync(mmd, 'utf8')).toMatch(/^journey\n {2}title Home insurance claim\n {2}section /);
    const broken = join(folder, 'broken.mmd');
    writeFileSync(broken, 'journey\n  section Buy\n    Pay: 9: Me\n');
    const out = join(folder, 'broken.journey');
    const result = await cli('import', broken, '--out', out);
    expect(result).toEqual({ status: 0, stdout: '', stderr: 'warning: Line 3: the score "9" of "Pay" is not a whole number from 1 to 5; the step has no emotion.\n' });
  });

  it('refuses a bad sheet with its row and column, status 2 and no map written; BPMN options on a sheet are a usage error', async () => {
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'Title,Emotion\nPays,-3\n');
    const out = join(folder, 'never.journey');
    const result = await cli('import', bad, '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`Cannot read ${bad}: Row 2, column "Emotion": "-3" is outside -2…2.\n`);
    expect((await cli('import', bad, '--out', out, '--customer', 'Me')).stderr).toMatch(/^--customer and --subprocesses are for BPMN files\./);
    expect(existsSync(out)).toBe(false);
  });
});
