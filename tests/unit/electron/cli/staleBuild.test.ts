import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildStale } from '../../../../electron/cli/staleBuild';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-stale-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a file dated `secondsAgo` seconds in the past, making its folders as needed. */
function fileDated(path: string, secondsAgo: number): string {
  const full = join(folder, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, path);
  const at = Date.now() / 1000 - secondsAgo;
  utimesSync(full, at, at);
  return full;
}

describe('isBuildStale', () => {
  it('is stale when the build output is missing', async () => {
    fileDated('src/a.ts', 100);
    expect(await isBuildStale(join(folder, 'dist/out.js'), [join(folder, 'src')])).toBe(true);
  });

  it('is current when the output is newer than every source file and folder', async () => {
    fileDated('src/a.ts', 100);
    fileDated('src/deep/er/b.ts', 90);
    const lone = fileDated('config.json', 80);
    const built = fileDated('dist/out.js', 10);
    // The folders themselves were made just now; their files, not their dates, say what changed.
    utimesSync(join(folder, 'src'), new Date(0), new Date(0));
    utimesSync(join(folder, 'src/deep'), new Date(0), new Date(0));
    utimesSync(join(folder, 'src/deep/er'), new Date(0), new Date(0));
    expect(await isBuildStale(built, [join(folder, 'src'), lone])).toBe(false);
  });

  it('is stale when a file deep in a source folder changed after the build', async () => {
    fileDated('src/a.ts', 100);
    const built = fileDated('dist/out.js', 50);
    fileDated('src/deep/er/b.ts', 5);
    expect(await isBuildStale(built, [join(folder, 'src')])).toBe(true);
  });

  it('is stale when a source given as a single file changed after the build', async () => {
    const built = fileDated('dist/out.js', 50);
    const lock = fileDated('package-lock.json', 5);
    expect(await isBuildStale(built, [lock])).toBe(true);
  });

  it('ignores a source that is not there', async () => {
    const built = fileDated('dist/out.js', 50);
    expect(await isBuildStale(built, [join(folder, 'nowhere'), join(folder, 'nothing.json')])).toBe(false);
  });
});
