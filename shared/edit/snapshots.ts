import type { JourneyMap } from '../model/journeyMap';
import { limitWords, MAP_LIMITS } from '../model/limits';
import type { Snapshot } from '../model/snapshot';

const L = MAP_LIMITS;

/** The map without its snapshots and file envelope: what a snapshot keeps, and one side of a compare. */
export function withoutSnapshots(map: JourneyMap): JourneyMap {
  if (map.snapshots === undefined && map.envelopeExtras === undefined) return map;
  const { snapshots: _snapshots, envelopeExtras: _envelope, ...rest } = map;
  return rest;
}

/** A snapshot's id: one more than the highest `snapshot-N` of the map. */
function newSnapshotId(snapshots: readonly Snapshot[]): string {
  let highest = 0;
  for (const snapshot of snapshots) {
    const digits = /^snapshot-(\d{1,15})$/.exec(snapshot.id)?.[1];
    if (digits !== undefined) highest = Math.max(highest, Number(digits));
  }
  return `snapshot-${highest + 1}`;
}

/** Why no more snapshot fits in the map (MAP_LIMITS.snapshots, snapshotSteps), or null. */
export function snapshotRefusal(map: JourneyMap): string | null {
  const snapshots = map.snapshots ?? [];
  if (snapshots.length >= L.snapshots) return `A map keeps at most ${limitWords(L.snapshots)} snapshots; delete one first.`;
  const steps = snapshots.reduce((sum, snapshot) => sum + snapshot.map.steps.length, map.steps.length);
  if (steps > L.snapshotSteps) return `The snapshots of a map hold at most ${limitWords(L.snapshotSteps)} steps together; delete one first.`;
  return null;
}

/**
 * Keeps the map as it is now under `name`, last in the list. The copy shares the map's objects
 * (they are never changed in place), so a snapshot costs little memory. Null when it would not fit.
 */
export function takeSnapshot(map: JourneyMap, name: string, createdAt: string): { map: JourneyMap; snapshotId: string } | null {
  if (snapshotRefusal(map) !== null) return null;
  const snapshots = map.snapshots ?? [];
  const snapshotId = newSnapshotId(snapshots);
  const snapshot: Snapshot = { id: snapshotId, name: name.trim().slice(0, L.titleLength) || 'Snapshot', createdAt, map: withoutSnapshots(map) };
  return { map: { ...map, snapshots: [...snapshots, snapshot] }, snapshotId };
}

/**
 * The map as the snapshot kept it, with every snapshot still there (and the file's envelope): a
 * restore is one change, undone as one. The same map when there is no such snapshot.
 */
export function restoreSnapshot(map: JourneyMap, snapshotId: string): JourneyMap {
  const snapshot = map.snapshots?.find((candidate) => candidate.id === snapshotId);
  if (!snapshot) return map;
  return { ...snapshot.map, snapshots: map.snapshots, ...(map.envelopeExtras ? { envelopeExtras: map.envelopeExtras } : {}) };
}

/** Gives a snapshot a new name; the same map for a blank name or no such snapshot. */
export function renameSnapshot(map: JourneyMap, snapshotId: string, name: string): JourneyMap {
  const trimmed = name.trim().slice(0, L.titleLength);
  const snapshots = map.snapshots ?? [];
  if (trimmed === '' || !snapshots.some((snapshot) => snapshot.id === snapshotId)) return map;
  return { ...map, snapshots: snapshots.map((snapshot) => (snapshot.id === snapshotId ? { ...snapshot, name: trimmed } : snapshot)) };
}

/** Drops a snapshot; the same map when there is no such snapshot. */
export function deleteSnapshot(map: JourneyMap, snapshotId: string): JourneyMap {
  const snapshots = map.snapshots ?? [];
  if (!snapshots.some((snapshot) => snapshot.id === snapshotId)) return map;
  const rest = snapshots.filter((snapshot) => snapshot.id !== snapshotId);
  if (rest.length > 0) return { ...map, snapshots: rest };
  const { snapshots: _gone, ...withoutList } = map;
  return withoutList;
}

/**
 * A new map to design the to-be in, from a snapshot: the snapshot's map under a new title, keeping
 * that snapshot (and only it) so the to-be can be compared with where it started.
 */
export function toBeFrom(map: JourneyMap, snapshotId: string): JourneyMap | null {
  const snapshot = map.snapshots?.find((candidate) => candidate.id === snapshotId);
  if (!snapshot) return null;
  const title = `${snapshot.map.title || 'Untitled map'} — to-be`.slice(0, L.titleLength);
  return { ...snapshot.map, title, snapshots: [snapshot] };
}
