import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLeftoverTempFiles } from '../../../../electron/services/atomicWrite';
import { backupPathOf } from '../../../../electron/services/saveDocument';
import { parseBytes } from '../../../../shared/format/parse';
import { LONG_VERSION, SHORT_VERSION } from './fixtures/twoVersions';

// A child process saves a map in a loop, alternating a 200-step and a 20-step version; it is
// killed with SIGKILL at a random moment, 200 times. After every kill the file must exist, parse,
// and equal one of the two versions byte for byte; so must the backup. The child is bundled once
// into a plain .mjs (as the app's main process is bundled), so each of the 200 starts is a bare
// `node` start rather than a TypeScript loader's.

const KILLS = 200;
// Two children run side by side, each on its own file, to use both cores of a small machine.
const LANES = 2;
// The kill comes 0–20 ms after the child's first completed save: a save takes a few ms, so kills
// land in every step of the save (backup, temp write, fsync, rename, read-back) and between saves.
const MAX_DELAY_MS = 20;

const VERSIONS = [Buffer.from(LONG_VERSION), Buffer.from(SHORT_VERSION)];
let folder: string;
let saveLoop: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-crash-'));
  const outDir = join(folder, 'bundle');
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, '../../../..'),
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'fixtures/saveLoop.ts'), formats: ['es'], fileName: () => 'saveLoop.mjs' },
      rolldownOptions: { external: [...builtinModules, /^node:/] },
    },
  });
  saveLoop = join(outDir, 'saveLoop.mjs');
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Run {
  readonly saves: number;
}

/** Starts the saving child, kills it a random moment after its first save, and waits for its end. */
function saveAndKill(path: string): Promise<Run> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [saveLoop, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      saves += chunk.split('saved\n').length - 1;
      if (saves > 0 && killTimer === undefined) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_DELAY_MS);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', failed);
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') done({ saves });
      else failed(new Error(`the saving child ended by itself (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

/** Which of the two versions the file holds, after checking it parses; fails the test otherwise. */
function versionAt(path: string): number {
  expect(existsSync(path), `${path} exists`).toBe(true);
  const bytes = readFileSync(path);
  const version = VERSIONS.findIndex((candidate) => candidate.equals(bytes));
  expect(version, `${path} (${bytes.length} bytes) is one of the two versions byte for byte`).toBeGreaterThanOrEqual(0);
  expect(parseBytes(new Uint8Array(bytes)).ok).toBe(true);
  return version;
}

describe('a save killed at a random moment', () => {
  it(`leaves the old or the new version, whole, after each of ${KILLS} kills`, async () => {
    const seen = new Set<number>();
    const runs: Run[] = [];
    let killedMidWrite = 0;
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const path = join(folder, `map-${lane}.journey`);
        writeFileSync(path, SHORT_VERSION);
        for (let kill = lane; kill < KILLS; kill += LANES) {
          runs.push(await saveAndKill(path));
          seen.add(versionAt(path));
          versionAt(backupPathOf(path));
          if (readdirSync(folder).some((name) => name.startsWith(`.map-${lane}.journey`) && name.endsWith('.tmp'))) killedMidWrite += 1;
        }
      }),
    );

    expect(runs).toHaveLength(KILLS);
    // The kills did land while saving: some while a temp file was being written (the next save
    // removes it), and both versions were found after a kill.
    expect(killedMidWrite).toBeGreaterThan(0);
    expect([...seen].sort()).toEqual([0, 1]);

    // A kill between creating and renaming a temp file leaves it behind; the next save clears them.
    for (let lane = 0; lane < LANES; lane += 1) {
      const path = join(folder, `map-${lane}.journey`);
      await removeLeftoverTempFiles(path);
      await removeLeftoverTempFiles(backupPathOf(path));
    }
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 300_000);
});
