import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFile } from '../../shared/format/importers';
import type { LoadResult } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { MAX_MAP_FILE_BYTES } from './mapFileLimit';

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'There is no such file.',
  EISDIR: 'It is a folder, not a file.',
  EACCES: 'Permission denied.',
  EPERM: 'Permission denied.',
  ENOTDIR: 'A part of the path is not a folder.',
  ELOOP: 'The path loops through symbolic links.',
  ENAMETOOLONG: 'The path is too long.',
};

/**
 * Reads a map from a file of any type the importers know (a `.journey` file, the map a PDF exported
 * by Outside-In carries…), turning every failure (file system or content) into problems.
 */
export async function readMapFile(path: string): Promise<LoadResult<JourneyMap>> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problems: [{ path: '$', message: FS_REASONS.EISDIR! }] };
    if (info.size > MAX_MAP_FILE_BYTES) {
      return { ok: false, problems: [{ path: '$', message: `The file is ${Math.round(info.size / 1024 / 1024)} MB, far larger than any map.` }] };
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = FS_REASONS[code] ?? `The file could not be read (${code || (error as Error).message}).`;
    return { ok: false, problems: [{ path: '$', message: reason }] };
  }
  const imported = await importFile(bytes, basename(path));
  return imported.ok ? { ok: true, value: imported.map } : { ok: false, problems: imported.problems };
}
