import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './exportSupport';
import { FIXTURES } from '../../support/fixtures';
import { outsideInPdf } from '../../support/pdfs';

const root = resolve(import.meta.dirname, '../../../..');
const asIs = join(FIXTURES, 'compare', 'home-insurance-as-is.journey');
const toBe = join(FIXTURES, 'compare', 'home-insurance-to-be.journey');
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-diff-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the command line in-process and collects what it says. */
// The to-be of the home-insurance claim: a storm warning by text covers the first stretch, a
// recommended roofer the start of the last; Pay out moves a column early and leaves the payment alone.
const EXPECTED = {
  lanes: [
    {
      laneId: 'cust',
      coverageBefore: 0.4,
      coverageAfter: 0.7,
      gapsClosed: [{ kind: 'before', stepIds: ['c1', 'c2', 'c3'], severity: 7 }],
      gapsOpened: [{ kind: 'between', stepIds: ['c7'], severity: 1 }],
      gapsChanged: [{ before: { kind: 'after', stepIds: ['c8', 'c9', 'c10'], severity: 4 }, after: { kind: 'after', stepIds: ['c9', 'c10'], severity: 2 }, change: 'shrunk' }],
    },
  ],
  steps: { added: ['t1', 't2'], removed: ['p4'], moved: ['p3'], changed: ['c5'] },
};

describe('diff', () => {
  it('prints the changes of the two home-insurance variants as JSON', async () => {
    const result = await cli('diff', asIs, toBe, '--json');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject(EXPECTED);
  });

  it('prints a readable summary without --json', async () => {
    const { status, stdout } = await cli('diff', asIs, toBe);
    expect(status).toBe(0);
    expect(stdout).toContain('Steps: 2 added, 1 removed, 1 moved, 1 changed.');
    expect(stdout).toContain('Home owner: coverage 40% → 70%');
    expect(stdout).toContain('Closed: Before (columns 1–3, 3 steps, severity 7.0): Storm damages the roof; Makes the house safe; Looks up the policy');
    expect(stdout).toContain('Opened: Between (column 7, 1 step, severity 1.0): Receives the payment');
    expect(stdout).toContain('Changed, shrunk: After (columns 8–10, 3 steps, severity 4.0)');
    expect(stdout).toContain('Moved: Pay out (Finance, column 7 → Finance, column 6)');
  });

  it('reads a snapshot inside a file as a side, and the same file as it is now as the other', async () => {
    const result = await cli('diff', `${toBe}#As-is, workshop 1`, toBe, '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(EXPECTED);
    expect((await cli('diff', `${toBe}#As-is, workshop 1`, toBe)).stdout.split('\n')[0]).toBe(`${toBe} (As-is, workshop 1) → ${toBe}`);
  });

  it('reads an Outside-In PDF as a side', async () => {
    const pdf = join(folder, 'as-is.pdf');
    writeFileSync(pdf, await outsideInPdf(readFileSync(asIs, 'utf8')));
    expect(JSON.parse((await cli('diff', pdf, toBe, '--json')).stdout)).toMatchObject(EXPECTED);
  });

  it('exits 0 for two maps that do not differ, saying so', async () => {
    const result = await cli('diff', asIs, asIs);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Steps: none added, removed, moved or changed.');
    expect(result.stdout).toContain('No gap closed, opened or changed.');
  });

  it.each([
    ['a missing file', () => [join(folder, 'nowhere.journey'), toBe], /nowhere\.journey: There is no such file\.\n$/],
    ['an unknown snapshot', () => [`${toBe}#To-be`, toBe], /no snapshot named "To-be"; its snapshots are "As-is, workshop 1"\.\n$/],
    ['a snapshot of a file without any', () => [`${asIs}#As-is`, toBe], /no snapshot named "As-is"; it keeps no snapshots\.\n$/],
    ['one map only', () => [asIs], /^diff needs two maps/],
    ['three maps', () => [asIs, toBe, toBe], /^diff takes two maps\./],
  ])('refuses %s with status 2 and one message, nothing on stdout', async (_label, argv, message) => {
    const result = await cli('diff', ...argv());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('runs through npm and the package\'s outside-in command (npx outside-in)', () => {
    const npm = spawnSync('npm', ['run', '--silent', 'cli', '--', 'diff', asIs, toBe, '--json'], { cwd: root, encoding: 'utf8' });
    expect(npm.status).toBe(0);
    expect(JSON.parse(npm.stdout)).toMatchObject(EXPECTED);
    const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['outside-in']!;
    const viaBin = spawnSync(join(root, bin), ['diff', asIs, toBe], { cwd: folder, encoding: 'utf8' });
    expect(viaBin.stderr).toBe('');
    expect(viaBin.status).toBe(0);
    expect(viaBin.stdout).toContain('Home owner: coverage 40% → 70%');
  });
});
