import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './exportSupport';
import { parse } from '../../../../shared/format/parse';
import { FIXTURES, loaded } from '../../support/fixtures';

const root = resolve(import.meta.dirname, '../../../..');
const bpmn = (name: string): string => join(FIXTURES, 'bpmn', name);
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-import-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('import', () => {
  it('writes the map of a BPMN model, says which pool it took for the customer, and prints the findings as warnings', async () => {
    const out = join(folder, 'claim.journey');
    const result = await cli('import', bpmn('home-insurance-claim.bpmn'), '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^note: took “Customer” for the customer's pool \(a guess; --customer "<pool>" names another\)\.\n/);
    expect(result.stderr).toContain('warning: One activity was placed in a lane by where it is drawn');
    const map = loaded(parse(readFileSync(out, 'utf8')));
    expect(map.lanes.map((lane) => [lane.kind, lane.title])).toEqual([['journey', 'Customer'], ['process', 'Claims desk'], ['process', 'Assessor'], ['process', 'Payments']]);
    expect(map.steps.every((step) => step.source?.file === 'home-insurance-claim.bpmn')).toBe(true);
  });

  it('takes the customer named, and sub-processes collapsed when asked', async () => {
    const out = join(folder, 'amazon.journey');
    const result = await cli('import', bpmn('miwg-C.2.0-reference.bpmn'), '--out', out, '--customer', 'amazon', '--subprocesses', 'collapse');
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/^note:/m);
    const map = loaded(parse(readFileSync(out, 'utf8')));
    expect(map.lanes.find((lane) => lane.kind === 'journey')!.title).toBe('Amazon');
    expect(map.steps.map((step) => step.title)).toContain('Checkout');
  });

  it('refuses what cannot be used with status 2, one clear message and no file written', async () => {
    const out = join(folder, 'never.journey');
    // Six hundred named lanes of one task each: a map holds five hundred.
    const lanes = join(folder, 'lanes.bpmn');
    const numbered = Array.from({ length: 600 }, (_, index) => index);
    writeFileSync(lanes, `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p"><laneSet id="s">${numbered.map((n) => `<lane id="l${n}" name="Lane ${n}"><flowNodeRef>t${n}</flowNodeRef></lane>`).join('')}</laneSet>${numbered.map((n) => `<task id="t${n}" name="Task ${n}"/>`).join('')}</process></definitions>`);
    const refusals: [string[], RegExp][] = [
      [['import', bpmn('broken-duplicate-ids.bpmn'), '--out', out], /^Cannot read .*broken-duplicate-ids\.bpmn: The id “Task_1” is used by two elements of the file\./],
      [['import', bpmn('broken-entities.bpmn'), '--out', out], /declares the XML entity “company”/],
      [['import', bpmn('miwg-C.2.0-reference.bpmn'), '--out', out, '--customer', 'Nobody'], /There is no pool called “Nobody”\. Its pools are .*“Customer”/],
      [['import', join(folder, 'missing.bpmn'), '--out', out], /^Cannot read .*missing\.bpmn: /],
      [['import', bpmn('home-insurance-claim.bpmn')], /import needs --out <map\.journey>/],
      [['import', bpmn('home-insurance-claim.bpmn'), '--out', out, '--subprocesses', 'flatten'], /--subprocesses is expand or collapse, not "flatten"\./],
      [['import', bpmn('home-insurance-claim.bpmn'), '--out', bpmn('home-insurance-claim.bpmn')], /would overwrite the file it is imported from/],
      [['import', lanes, '--out', out], /The model makes a map larger than Outside-In opens\. A map holds at most 500 lanes\./],
    ];
    for (const [argv, message] of refusals) {
      const result = await cli(...argv);
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder).filter((name) => name.includes('never'))).toEqual([]);
  });

  it('runs as a person runs it, through npx outside-in', () => {
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['outside-in']!;
    const out = join(folder, 'bin.journey');
    const result = spawnSync(join(root, bin), ['import', bpmn('miwg-C.2.0-signavio.bpmn'), '--out', out], { cwd: folder, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(loaded(parse(readFileSync(out, 'utf8'))).lanes[0]!.title).toBe('Customer');
  });
});
