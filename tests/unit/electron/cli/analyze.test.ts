import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './exportSupport';
import { describeOpenedTypes } from '../../../../shared/format/importers';
import { FIXTURES, examples } from '../../support/fixtures';

const root = resolve(import.meta.dirname, '../../../..');
let folder: string;

/** Runs the command line in-process and collects what it says. */
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

const journey = (map: unknown, version = 1): string => JSON.stringify({ format: 'outside-in.journey', version, map });
const okMap = { id: 'm', title: 'T', lanes: [{ id: 'c', kind: 'journey', title: 'C' }], steps: [{ id: 's', laneId: 'c', title: 'S', column: 0 }] };

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-cli-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('analyze', () => {
  it.each(examples())('prints the expected JSON for the example $name', async ({ name, expected }) => {
    const result = await cli('analyze', join(FIXTURES, 'examples', `${name}.journey`), '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject(expected as object);
  });

  it('prints a readable summary without --json', async () => {
    const result = await cli('analyze', join(FIXTURES, 'examples', 'home-insurance-claim.journey'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Home owner: 40% covered (4 of 10 steps)');
    expect(result.stdout).toContain('Before (columns 1–3, 3 steps, severity 7.0): Storm damages the roof; Makes the house safe; Looks up the policy');
    expect(result.stdout).toContain('After (columns 8–10, 3 steps, severity 4.0): Finds a roofer; Roof is repaired; Renews or leaves');
    expect(result.stdout).toContain('accompanied by: Neighbour helps tarp the roof');
    expect(result.stdout).toContain('Month-end reserve booking (Finance, column 12)');
  });

  it('reads a map saved under another name by what it holds', async () => {
    const renamed = write('claim.txt', readFileSync(join(FIXTURES, 'examples', 'home-insurance-claim.journey')));
    expect(await cli('analyze', renamed, '--json')).toEqual(await cli('analyze', join(FIXTURES, 'examples', 'home-insurance-claim.journey'), '--json'));
  });

  const badInputs: [string, () => string, RegExp][] = [
    ['a missing file', () => join(folder, 'nowhere.journey'), /nowhere\.journey: There is no such file\.$/],
    ['a folder', () => folder, /It is a folder, not a file\.$/],
    ['an empty file', () => write('empty.journey', ''), /: The file is empty\.$/],
    ['a file of no known kind', () => write('notes.txt', 'Call the assessor back on Monday.'), /notes\.txt: Outside-In cannot open this kind of file\. It opens: Outside-In map \(\.journey\)/],
    ['binary garbage', () => write('garbage.journey', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff])), /The file is not text/],
    ['text that is not JSON', () => write('text.journey', '{\n  "format": "outside-in.journey",\n  nope\n}'), /not valid JSON at line 3, column 3/],
    ['another format', () => write('other.journey', '{"format":"drawio","version":1}'), / at \$\.format: This is not an Outside-In map: the file has "format": "drawio"/],
    ['a newer version', () => write('newer.journey', journey(okMap, 4)), / at \$\.version: .*version 4.*version 2/],
    ['duplicate ids', () => write('dup.journey', journey({ ...okMap, steps: [...okMap.steps, { id: 'c', laneId: 'c', column: 1 }] })), / at \$\.map\.steps\[1\]\.id: The id "c" of step 2 is already used by lane 1/],
    ['an unknown lane', () => write('lane.journey', journey({ ...okMap, steps: [{ id: 's', laneId: 'x', column: 0 }] })), / at \$\.map\.steps\[0\]\.laneId: Step "s" is in lane "x"/],
    ['a negative column', () => write('neg.journey', journey({ ...okMap, steps: [{ id: 's', laneId: 'c', column: -3 }] })), / at \$\.map\.steps\[0\]\.column: The column of step "s" is -3/],
    ['a fractional column', () => write('frac.journey', journey({ ...okMap, steps: [{ id: 's', laneId: 'c', column: 0.5 }] })), / at \$\.map\.steps\[0\]\.column: The column of step "s" is 0\.5/],
    ['a span below 1', () => write('span.journey', journey({ ...okMap, steps: [{ id: 's', laneId: 'c', column: 0, span: 0 }] })), / at \$\.map\.steps\[0\]\.span: The span of step "s" is 0/],
    ['an unknown lane kind', () => write('kind.journey', journey({ ...okMap, lanes: [{ id: 'c', kind: 'customer', title: 'C' }] })), / at \$\.map\.lanes\[0\]\.kind: The kind of lane "c" is "customer"/],
  ];

  it.each(badInputs)('refuses %s with status 2, one message on stderr, nothing on stdout', async (_, path, message) => {
    const file = path();
    const result = await cli('analyze', file, '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`Cannot read ${file}`)).toBe(true);
    expect(result.stderr.trim().split('\n')[0]).toMatch(message);
  });

  it('refuses a file it may not read', async () => {
    const file = write('locked.journey', journey(okMap));
    chmodSync(file, 0o000);
    const result = await cli('analyze', file);
    chmodSync(file, 0o600);
    // root reads anything: then the file is simply analysed.
    if (process.getuid?.() === 0) expect(result.status).toBe(0);
    else expect(result).toMatchObject({ status: 2, stdout: '', stderr: `Cannot read ${file}: Permission denied.\n` });
  });

  it('lists further problems under the first', async () => {
    const steps = Array.from({ length: 9 }, (_, i) => ({ id: `s${i}`, laneId: 'c', column: -1 }));
    const result = await cli('analyze', write('many.journey', journey({ ...okMap, steps })));
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^ {2}also at \$\.map\.steps\[1\]\.column: /);
    expect(lines[5]).toBe('  … and 4 more.');
  });

  it.each([
    [['analyze'], /^analyze needs the map file to analyse\./],
    [['analyze', 'a.journey', 'b.journey'], /^analyze takes one map file\./],
    [['analyze', 'a.journey', '--jsn'], /^Unknown option '--jsn'\./],
    [['frobnicate'], /^Unknown command "frobnicate"\./],
  ])('answers the wrong words %j with a line, a hint and status 2', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('npm run --silent cli -- help');
  });

  it('shows its usage on help, and on no words at all', async () => {
    expect((await cli('help')).stdout).toContain('analyze <file> [--json]');
    expect((await cli('help')).stdout).toContain(`any file Outside-In opens:\n  ${describeOpenedTypes()}.`);
    expect(await cli()).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('the command line as a user runs it', () => {
  const npm = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: root, encoding: 'utf8' });

  it('prints the expected analysis of an example', () => {
    const result = npm('analyze', join(FIXTURES, 'examples', 'b2b-services.journey'), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(examples().find((e) => e.name === 'b2b-services')!.expected as object);
  });

  it('prints the expected analysis through the package\'s outside-in command (npx outside-in)', () => {
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['outside-in']!;
    // Run as npm runs a bin: the file itself, through its #! line.
    const result = spawnSync(join(root, bin), ['analyze', join(FIXTURES, 'examples', 'home-insurance-claim.journey'), '--json'], { cwd: folder, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(examples().find((e) => e.name === 'home-insurance-claim')!.expected as object);
  });

  it('refuses bad input with status 2 and no stack trace', () => {
    const result = npm('analyze', join(folder, 'missing.journey'), '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const ours = result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
    expect(ours).toEqual([`Cannot read ${join(folder, 'missing.journey')}: There is no such file.`]);
  });
});
