import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../../electron/services/atomicWrite';
import { STALE_TEMP_AGE_MS, sweepAfterWrite, sweepStaleTempFiles, sweepStaleTempFilesBeside } from '../../../../electron/services/staleTempFiles';

// A save killed between creating its temp file and renaming it leaves `.name.<pid>.<hex>.tmp`
// behind. Such files go once they are clearly stale (older than ten minutes: a save in progress,
// in this window or another, writes to its temp file within seconds), whichever file they were for.

let folder: string;
const MINUTE = 60_000;
// A process id far above any real one: the save that left the file is long gone.
const temp = (name: string, hex = '0a1b2c3d4e5f', pid = 4194399) => `.${name}.${pid}.${hex}.tmp`;

/** Puts a file in `where`, last written `minutesAgo` minutes ago. */
function put(where: string, name: string, minutesAgo: number): string {
  const path = join(where, name);
  writeFileSync(path, '{"half');
  const when = new Date(Date.now() - minutesAgo * MINUTE);
  utimesSync(path, when, when);
  return path;
}

const names = (where: string = folder) => readdirSync(where).sort();

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'outside-in-stale-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('sweepStaleTempFiles', () => {
  it('removes our temp files older than ten minutes, whichever file they were for, and nothing else', async () => {
    const stale = [put(folder, temp('claim.journey'), 11), put(folder, temp('claim.journey.bak', 'ff00'), 60 * 24), put(folder, temp('report.pdf', 'abc', process.pid), 30)];
    // A save in progress (another window, another instance): young, whatever its process.
    put(folder, temp('other.journey', '1234'), 2);
    // Not ours: other names, another pattern, a folder of our pattern.
    for (const name of ['claim.journey', '.claim.journey.tmp', 'notes.tmp', '.x.123.not-hex.tmp', '.x.abc.0a1b.tmp']) put(folder, name, 60);
    mkdirSync(join(folder, temp('a-folder')));

    expect((await sweepStaleTempFiles(folder)).sort()).toEqual(stale.sort());
    expect(names()).toEqual(['.claim.journey.tmp', `.other.journey.4194399.1234.tmp`, '.x.123.not-hex.tmp', '.x.abc.0a1b.tmp', temp('a-folder'), 'claim.journey', 'notes.tmp'].sort());
    expect(STALE_TEMP_AGE_MS).toBe(10 * MINUTE);
  });

  it('never throws: a folder that is gone sweeps nothing', async () => {
    expect(await sweepStaleTempFiles(join(folder, 'gone'))).toEqual([]);
  });
});

describe('when a folder is next written', () => {
  it('a save of any file of ours there sweeps the stale temp files of the others', async () => {
    put(folder, 'claim.journey', 60);
    put(folder, temp('claim.journey'), 20);
    put(folder, temp('claim.journey', 'beef'), 1);
    await atomicWrite(join(folder, 'other.journey'), 'text');
    expect(names()).toEqual([temp('claim.journey', 'beef'), 'claim.journey', 'other.journey']);
  });

  it('sweeps a folder written every few seconds (the recovery copies) once in ten minutes, not on every write', async () => {
    const now = Date.now();
    put(folder, temp('a.json'), 20);
    await sweepAfterWrite(folder, now);
    expect(names()).toEqual([]);
    put(folder, temp('b.json'), 20);
    await sweepAfterWrite(folder, now + MINUTE);
    expect(names()).toEqual([temp('b.json')]);
    await sweepAfterWrite(folder, now + 11 * MINUTE);
    expect(names()).toEqual([]);
  });
});

describe('at start', () => {
  it('sweeps the folders of the recent files, each once, and passes over folders that are gone', async () => {
    const second = join(folder, 'second');
    mkdirSync(second);
    put(folder, temp('a.journey'), 15);
    put(second, temp('b.journey'), 15);
    put(second, temp('c.journey'), 5);
    const removed = await sweepStaleTempFilesBeside([join(folder, 'a.journey'), join(second, 'b.journey'), join(second, 'c.journey'), join(folder, 'gone', 'd.journey')]);
    expect(removed.sort()).toEqual([join(folder, temp('a.journey')), join(second, temp('b.journey'))].sort());
    expect(names(second)).toEqual([temp('c.journey')]);
  });
});
