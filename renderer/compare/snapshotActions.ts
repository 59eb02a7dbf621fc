import { deleteSnapshot, renameSnapshot, restoreSnapshot, snapshotRefusal, takeSnapshot, toBeFrom, withoutSnapshots } from '../../shared/edit/snapshots';
import { commandContext, commit } from '../commands/dispatch';
import { afterSettling } from '../files/documentFiles';
import { openMap } from '../files/openFile';
import { startCompare } from '../store/compareStore';

// What the Snapshots panel and the Save snapshot dialog do: each change of the map is one undo step.

/** Keeps the map as it is now under a name; false (with the reason said) when no more fit. */
export function saveSnapshot(name: string, now = new Date()): boolean {
  const { map } = commandContext();
  const taken = takeSnapshot(map, name, now.toISOString());
  if (!taken) {
    commit({ notice: snapshotRefusal(map) });
    return false;
  }
  const snapshot = taken.map.snapshots!.at(-1)!;
  commit({ map: taken.map, notice: `Snapshot “${snapshot.name}” saved.` });
  return true;
}

/** The map becomes the snapshot again, its snapshots kept: one undo step brings back what was. */
export function restore(snapshotId: string): void {
  const { map } = commandContext();
  const restored = restoreSnapshot(map, snapshotId);
  if (restored === map) return;
  const name = map.snapshots?.find((snapshot) => snapshot.id === snapshotId)?.name ?? '';
  commit({ map: restored, selection: { kind: 'none' }, notice: `Restored “${name}”.`, offerUndo: true });
}

export function rename(snapshotId: string, name: string): void {
  const { map } = commandContext();
  const renamed = renameSnapshot(map, snapshotId, name);
  if (renamed !== map) commit({ map: renamed });
}

export function discard(snapshotId: string): void {
  const { map } = commandContext();
  const name = map.snapshots?.find((snapshot) => snapshot.id === snapshotId)?.name ?? '';
  const rest = deleteSnapshot(map, snapshotId);
  if (rest !== map) commit({ map: rest, notice: `Deleted snapshot “${name}”.`, offerUndo: true });
}

/**
 * Opens a new, untitled map from the snapshot to design the to-be in, once the map on screen is
 * saved or let go (Save / Don't Save / Cancel, as File ▸ New asks).
 */
export async function startToBe(snapshotId: string): Promise<void> {
  const toBe = toBeFrom(commandContext().map, snapshotId);
  if (toBe) await afterSettling(() => openMap(toBe));
}

/** Compares the snapshot (before) with the map as it is now (after). */
export function compareWithNow(snapshotId: string): void {
  const { map } = commandContext();
  const snapshot = map.snapshots?.find((candidate) => candidate.id === snapshotId);
  if (snapshot) startCompare({ map: snapshot.map, name: snapshot.name }, { map: withoutSnapshots(map), name: 'Now', document: map });
}
