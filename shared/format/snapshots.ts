import { z } from 'zod';
import { limitWords, MAP_LIMITS } from '../model/limits';
import type { Snapshot } from '../model/snapshot';
import { quoted, showValue } from './describe';
import { migrate, type RawObject } from './migrations';
import { jsonPath, type LoadResult, type Problem } from './problem';
import { failWith, readMapObject } from './readMapObject';
import { CURRENT_VERSION, JOURNEY_FORMAT } from './version';

const L = MAP_LIMITS;

// A snapshot's own fields; its map is read apart, by the same path as the file's map. Loose, so a
// field a newer version adds to a snapshot is kept.
const snapshotSchema = z.looseObject({
  id: z.string().min(1).max(L.titleLength),
  name: z.string().max(L.titleLength, `is longer than ${limitWords(L.titleLength)} characters, the most a name may have`).default(''),
  createdAt: z.string().max(100).default(''),
  version: z.number().int().min(1).optional(),
  map: z.record(z.string(), z.unknown()),
});

const isObject = (value: unknown): value is RawObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads `map.snapshots` of a file of version `fileVersion`: each snapshot's map is migrated from the
 * version it was saved in (its `version`, else the file's) and checked like the file's map. A
 * snapshot saved by a newer Outside-In is refused, naming both versions, rather than read wrongly.
 */
export function readSnapshots(raw: unknown, fileVersion: number): LoadResult<Snapshot[]> {
  const at = (...segments: (string | number)[]): string => jsonPath(['map', 'snapshots', ...segments]);
  if (!Array.isArray(raw)) return failWith([{ path: at(), message: `The map's snapshots must be a list (found ${showValue(raw)}).` }]);
  if (raw.length > L.snapshots) {
    return failWith([{ path: at(), message: `The map has ${limitWords(raw.length)} snapshots; a map may keep at most ${limitWords(L.snapshots)}.` }]);
  }
  const steps = raw.reduce<number>((sum, entry) => sum + (isObject(entry) && isObject(entry.map) && Array.isArray(entry.map.steps) ? entry.map.steps.length : 0), 0);
  if (steps > L.snapshotSteps) {
    return failWith([{ path: at(), message: `The map's snapshots hold ${limitWords(steps)} steps together; they may hold at most ${limitWords(L.snapshotSteps)}.` }]);
  }

  const snapshots: Snapshot[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < raw.length; index++) {
    const checked = snapshotSchema.safeParse(raw[index]);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return failWith([{ path: at(index, ...(issue.path as (string | number)[])), message: `Snapshot ${index + 1} ${issue.path.length > 0 ? `has a ${String(issue.path[0])} that ` : ''}is not valid: ${issue.message}.` }]);
    }
    const { version = fileVersion, map: rawMap, ...fields } = checked.data;
    const name = quoted(fields.name || fields.id);
    if (version > CURRENT_VERSION) {
      return failWith([{
        path: at(index, 'version'),
        message: `Snapshot ${name} was saved in file-format version ${version}, which is newer than this Outside-In understands (version ${CURRENT_VERSION}). Update Outside-In to open this map.`,
      }]);
    }
    if (ids.has(fields.id)) return failWith([{ path: at(index, 'id'), message: `The id ${quoted(fields.id)} of snapshot ${index + 1} is already used by another snapshot.` }]);
    ids.add(fields.id);
    const current = migrate({ format: JOURNEY_FORMAT, version, map: rawMap }, version).map;
    if (!isObject(current)) return failWith([{ path: at(index, 'map'), message: `Snapshot ${name} has no map.` }]);
    if (current.snapshots !== undefined) {
      return failWith([{ path: at(index, 'map', 'snapshots'), message: `Snapshot ${name} holds snapshots of its own; a snapshot's map has none.` }]);
    }
    const read = readMapObject(current);
    if (!read.ok) return failWith(read.problems.map((problem) => inSnapshot(problem, index, name)));
    snapshots.push({ ...fields, map: read.value } as Snapshot);
  }
  return { ok: true, value: snapshots };
}

/** A problem of a snapshot's map, with its path moved inside the snapshot and its sentence saying which. */
function inSnapshot(problem: Problem, index: number, name: string): Problem {
  return { path: problem.path.replace(/^\$\.map/, `$.map.snapshots[${index}].map`), message: `In snapshot ${name}: ${problem.message}` };
}

