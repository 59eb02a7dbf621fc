import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../electron/launch/projectRoot';

// The launcher and the bundle's build run here in a small project of their own: the launcher's
// files copied in, a main.ts that says which words it got and a value from shared/, and the real
// node_modules (esbuild) linked in. The project's own dist/ is left alone for the tests that run it.

const LAUNCHER_FILES = ['outside-in.js', 'cliBundle.js', 'staleBuild.js'];

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'outside-in-launcher-'));
  mkdirSync(join(root, 'electron/cli'), { recursive: true });
  // Copied with their modes: the launcher is run through its #! line.
  for (const file of LAUNCHER_FILES) copyFileSync(join(PROJECT_ROOT, 'electron/cli', file), join(root, 'electron/cli', file));
  copyFileSync(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  write('electron/cli/main.ts', "import { word } from '../../shared/word';\nconst args: string[] = process.argv.slice(2);\nconsole.log(JSON.stringify({ word, args }));\n");
  write('shared/word.ts', "export const word = 'first';\n");
  dateEverything(100);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Dates the sources `secondsAgo` in the past, so that a build made now is newer than all of them. */
function dateEverything(secondsAgo: number): void {
  const at = Date.now() / 1000 - secondsAgo;
  for (const path of ['electron', 'electron/cli', 'shared', ...LAUNCHER_FILES.map((file) => `electron/cli/${file}`), 'electron/cli/main.ts', 'shared/word.ts']) utimesSync(join(root, path), at, at);
}

/** Runs the launcher as npm's `bin` runs it: the file itself, through its #! line. */
function launch(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(join(root, 'electron/cli/outside-in.js'), args, { cwd: root, encoding: 'utf8' });
}

const builds = (): string[] => readdirSync(join(root, 'dist')).filter((entry) => entry.startsWith('cli-') && entry !== 'cli-current.txt').sort();
const current = (): string => readFileSync(join(root, 'dist/cli-current.txt'), 'utf8').trim();

describe('the command line launcher', () => {
  it('builds the missing bundle, then runs it with the words it was given', () => {
    expect(existsSync(join(root, 'dist'))).toBe(false);
    const result = launch('analyze', 'map.journey', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ word: 'first', args: ['analyze', 'map.journey', '--json'] });
    expect(builds()).toEqual([current()]);
    expect(existsSync(join(root, 'dist', current(), 'main.js'))).toBe(true);
  });

  it('runs a current bundle as it is, without building again', () => {
    launch('one');
    const first = current();
    expect(JSON.parse(launch('two').stdout)).toEqual({ word: 'first', args: ['two'] });
    expect(current()).toBe(first);
    expect(builds()).toEqual([first]);
  });

  it('rebuilds when a source changed after the build, keeping only the build before as well', () => {
    launch();
    const first = current();
    write('shared/word.ts', "export const word = 'second';\n");
    expect(JSON.parse(launch().stdout).word).toBe('second');
    const second = current();
    expect(second).not.toBe(first);
    // A command started on the first build may still be loading its lazy parts.
    expect(builds()).toEqual([first, second]);

    write('shared/word.ts', "export const word = 'third';\n");
    expect(JSON.parse(launch().stdout).word).toBe('third');
    expect(builds()).toEqual([second, current()]);
  });

  it('rebuilds when the current build folder has gone', () => {
    launch();
    rmSync(join(root, 'dist', current()), { recursive: true });
    const result = launch('again');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).args).toEqual(['again']);
  });

  it('says in one line that the command line could not be built, and exits 1', () => {
    write('shared/word.ts', 'export const word = ;\n');
    const result = launch('analyze');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^Outside-In's command line could not be built: Build failed with 1 error/);
  });
});
