import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, LOOPBACK } from '../../../../electron/launch/ports';
import { PROJECT_ROOT } from '../../../../electron/launch/projectRoot';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/contentSecurityPolicy';

// The launchers run for real here, as `npm start` and `npm run web` run them: in a child Node with
// tsx. The tests that serve build the renderer, and so may an export as a user runs it; they share
// this file so that two builds never write dist/renderer at the same time.

interface Launch {
  readonly child: ChildProcess;
  readonly stdout: string[];
  readonly stderr: string[];
  readonly exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const folders: string[] = [];
let blocker: Server | null = null;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = null;
});

function launch(script: 'start' | 'web', args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Launch {
  const child = spawn(process.execPath, ['--import', 'tsx', `electron/launch/${script}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  children.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout, stderr, exited };
}

async function waitForLine(lines: string[], pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const line of lines) {
      const match = pattern.exec(line);
      if (match) return match;
    }
    if (Date.now() > deadline) throw new Error(`No line matched ${pattern}; got:\n${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function expectServesTheApp(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(await response.text()).toContain('<title>Outside-In</title>');
}

const freePort = async (): Promise<number> => (await findFreePort(5300 + Math.floor(Math.random() * 2000)))!;

describe('npm run web', () => {
  it.each([
    [['--port', 'abc'], '--port must be a whole number from 1 to 65535, not "abc".'],
    [['--port', '70000'], '--port must be a whole number from 1 to 65535, not "70000".'],
    [['--verbose'], 'Unknown argument "--verbose"; usage: npm run web -- [--port <1-65535>] [--room]'],
  ])('refuses %j with one line on stderr and exit code 2', async (args, message) => {
    const run = launch('web', args);
    expect(await run.exited).toBe(2);
    expect(run.stderr).toEqual([message]);
    expect(run.stdout).toEqual([]);
  });

  it('says so and exits 2 when the port is taken', async () => {
    const port = await freePort();
    blocker = await new Promise<Server>((resolve) => {
      const occupied = createServer().listen(port, LOOPBACK, () => resolve(occupied));
    });
    const run = launch('web', ['--port', String(port)]);
    expect(await run.exited).toBe(2);
    expect(run.stderr).toEqual([`Port ${port} on 127.0.0.1 is already in use; stop what uses it or choose another with --port <n>.`]);
  });

  it('builds and serves the browser edition on the port asked for, until told to stop', async () => {
    const port = await freePort();
    const run = launch('web', ['--port', String(port)]);
    const [, url] = await waitForLine(run.stdout, /at (http:\/\/127\.0\.0\.1:\d+\/)/);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    await expectServesTheApp(url!);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    await expect(fetch(url!)).rejects.toThrow();
  });
});

describe('npm start without Electron', () => {
  it('says Electron is missing in one line, serves the browser edition and prints its address', async () => {
    const noElectron = mkdtempSync(join(tmpdir(), 'outside-in-no-electron-'));
    folders.push(noElectron);
    // No display, so no browser window opens during the test.
    const run = launch('start', [], { ELECTRON_OVERRIDE_DIST_PATH: noElectron });
    const [, url] = await waitForLine(run.stdout, /^Outside-In is at (http:\/\/127\.0\.0\.1:\d+\/)$/);
    expect(run.stdout[0]).toBe('Electron is not installed on this machine; serving the browser edition instead.');
    expect(run.stdout.filter((line) => /Electron/.test(line))).toHaveLength(1);
    await waitForLine(run.stdout, /No display is available here/);
    await expectServesTheApp(url!);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    await expect(fetch(url!)).rejects.toThrow();
    expect(run.stderr).toEqual([]);
  });
});

describe('npm run cli -- export', () => {
  it('writes a PDF as a user runs it, with nothing on stdout', () => {
    const folder = mkdtempSync(join(tmpdir(), 'outside-in-npm-export-'));
    folders.push(folder);
    const output = join(folder, 'npm.pdf');
    const input = join(PROJECT_ROOT, 'tests/fixtures/examples/home-insurance-claim.journey');
    // dist/renderer may be older than its sources: the export builds it first and says so.
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'export', input, '--pdf', output], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const ours = result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
    expect(ours.filter((line) => line !== 'Building the report page (first export only)…')).toEqual([]);
    const info = spawnSync('pdfinfo', [output], { encoding: 'utf8' }).stdout;
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([842, 595]);
  }, 180_000);
});
