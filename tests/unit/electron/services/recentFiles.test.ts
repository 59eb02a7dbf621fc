import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRecent, fileExists, pruneMissing, removeRecent } from '../../../../electron/services/recentFiles';

describe('recent files', () => {
  it('put the latest file first', () => {
    expect(addRecent(['/b', '/a'], '/c')).toEqual(['/c', '/b', '/a']);
    expect(addRecent([], '/a')).toEqual(['/a']);
  });

  it('move a file opened again to the top instead of listing it twice', () => {
    expect(addRecent(['/c', '/b', '/a'], '/a')).toEqual(['/a', '/c', '/b']);
    expect(addRecent(['/a', '/b'], '/a')).toEqual(['/a', '/b']);
  });

  it('keep at most 10, dropping the oldest', () => {
    const ten = Array.from({ length: 10 }, (_, n) => `/${n}`);
    const list = addRecent(ten, '/new');
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/new');
    expect(list).not.toContain('/9');
    expect(addRecent(ten, '/9')).toEqual(['/9', ...ten.slice(0, 9)]);
  });

  it('leave the given list as it was', () => {
    const list = Object.freeze(['/b', '/a']);
    addRecent(list, '/c');
    removeRecent(list, '/a');
    expect(list).toEqual(['/b', '/a']);
  });

  it('remove one file, and nothing when it is not listed', () => {
    expect(removeRecent(['/c', '/b', '/a'], '/b')).toEqual(['/c', '/a']);
    expect(removeRecent(['/c', '/a'], '/x')).toEqual(['/c', '/a']);
  });

  it('prune the missing files, keeping the order of the others', async () => {
    const present = new Set(['/a', '/c']);
    expect(await pruneMissing(['/d', '/c', '/b', '/a'], async (path) => present.has(path))).toEqual(['/c', '/a']);
  });

  it('keep a file whose check failed: it may be on a drive that is briefly away', async () => {
    expect(await pruneMissing(['/net/a', '/b'], async (path) => (path === '/b' ? false : Promise.reject(new Error('EIO'))))).toEqual(['/net/a']);
  });

  describe('on disk', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'outside-in-recent-'));
      writeFileSync(join(folder, 'map.journey'), '{}');
      mkdirSync(join(folder, 'a-folder.journey'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('count a file as there, and nothing or a folder as missing', async () => {
      expect(await fileExists(join(folder, 'map.journey'))).toBe(true);
      expect(await fileExists(join(folder, 'gone.journey'))).toBe(false);
      expect(await fileExists(join(folder, 'a-folder.journey'))).toBe(false);
      expect(await fileExists(join(folder, 'map.journey', 'inside'))).toBe(false);
    });

    it('prune with the real check', async () => {
      const list = ['gone.journey', 'map.journey', 'a-folder.journey'].map((name) => join(folder, name));
      expect(await pruneMissing(list, fileExists)).toEqual([join(folder, 'map.journey')]);
    });
  });
});
