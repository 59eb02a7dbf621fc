import { stat } from 'node:fs/promises';
import { withoutSnapshots } from '../../shared/edit/snapshots';
import { quoted } from '../../shared/format/describe';
import type { LoadResult } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { readMapFile } from './readMapFile';

/** One side of a compare as read from the command line: the map, and a name that says which it is. */
export interface CompareSide {
  readonly map: JourneyMap;
  readonly name: string;
}

const exists = async (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * Reads one side of `diff`: any file Outside-In opens (a `.journey`, an Outside-In PDF…) as the map
 * it holds now, or `file.journey#<snapshot name>` as that snapshot. A path that exists as it is
 * wins, so a file whose name holds a `#` still reads; the snapshot is named by its name, else its id.
 */
export async function readCompareSide(argument: string): Promise<LoadResult<CompareSide>> {
  const hash = argument.lastIndexOf('#');
  const path = hash > 0 && !(await exists(argument)) ? argument.slice(0, hash) : argument;
  const loaded = await readMapFile(path);
  if (!loaded.ok) return loaded;
  if (path === argument) return { ok: true, value: { map: withoutSnapshots(loaded.value), name: path } };

  const wanted = argument.slice(hash + 1);
  const snapshots = loaded.value.snapshots ?? [];
  const snapshot = snapshots.find((candidate) => candidate.name === wanted) ?? snapshots.find((candidate) => candidate.id === wanted);
  if (!snapshot) {
    const known = snapshots.length === 0 ? 'it keeps no snapshots' : `its snapshots are ${snapshots.map((candidate) => quoted(candidate.name)).join(', ')}`;
    return { ok: false, problems: [{ path: '$', message: `The map has no snapshot named ${quoted(wanted)}; ${known}.` }] };
  }
  return { ok: true, value: { map: snapshot.map, name: `${path} (${snapshot.name})` } };
}
