import { describe, expect, it } from 'vitest';
import { deleteSnapshot, renameSnapshot, restoreSnapshot, snapshotRefusal, takeSnapshot, toBeFrom, withoutSnapshots } from '../../../../shared/edit/snapshots';
import { MAP_LIMITS } from '../../../../shared/model/limits';
import type { JourneyMap } from '../../../../shared/model/journeyMap';

const base: JourneyMap = {
  id: 'm',
  title: 'Claim',
  stages: [],
  lanes: [{ id: 'cust', kind: 'journey', title: 'Customer' }],
  steps: [{ id: 's1', laneId: 'cust', title: 'Calls', column: 0, span: 1 }],
  envelopeExtras: { later: true },
};

describe('snapshot edits', () => {
  it('takes a snapshot of the map without snapshots or envelope, named and numbered', () => {
    const first = takeSnapshot(base, '  As-is  ', '2026-12-06T10:00:00Z')!;
    const second = takeSnapshot(first.map, '', '2026-12-06T11:00:00Z')!;
    expect(first.snapshotId).toBe('snapshot-1');
    expect(second.snapshotId).toBe('snapshot-2');
    const [a, b] = second.map.snapshots!;
    expect(a!.name).toBe('As-is');
    expect(b!.name).toBe('Snapshot');
    expect(b!.map.snapshots).toBeUndefined();
    expect(b!.map.envelopeExtras).toBeUndefined();
    expect(b!.map.steps).toBe(base.steps);
  });

  it('restores a snapshot keeping every snapshot and the envelope', () => {
    const taken = takeSnapshot(base, 'As-is', 't')!;
    const edited = { ...taken.map, steps: [] };
    const restored = restoreSnapshot(edited, taken.snapshotId);
    expect(restored.steps).toEqual(base.steps);
    expect(restored.snapshots).toBe(edited.snapshots);
    expect(restored.envelopeExtras).toEqual({ later: true });
    expect(restoreSnapshot(edited, 'nope')).toBe(edited);
  });

  it('renames (not to blank) and deletes, the list going when empty', () => {
    const taken = takeSnapshot(base, 'As-is', 't')!;
    expect(renameSnapshot(taken.map, taken.snapshotId, 'Workshop 1').snapshots![0]!.name).toBe('Workshop 1');
    expect(renameSnapshot(taken.map, taken.snapshotId, '  ')).toBe(taken.map);
    expect(deleteSnapshot(taken.map, taken.snapshotId)).not.toHaveProperty('snapshots');
  });

  it('starts a to-be from a snapshot, keeping only that snapshot', () => {
    const taken = takeSnapshot(base, 'As-is', 't')!;
    const twice = takeSnapshot(taken.map, 'Later', 't')!;
    const toBe = toBeFrom(twice.map, taken.snapshotId)!;
    expect(toBe.title).toBe('Claim — to-be');
    expect(toBe.snapshots!.map((s) => s.name)).toEqual(['As-is']);
    expect(withoutSnapshots(toBe).snapshots).toBeUndefined();
  });

  it('refuses past the count of snapshots', () => {
    let map: JourneyMap = base;
    for (let i = 0; i < MAP_LIMITS.snapshots; i++) map = takeSnapshot(map, `n${i}`, 't')!.map;
    expect(snapshotRefusal(map)).toContain('at most 100 snapshots');
    expect(takeSnapshot(map, 'one more', 't')).toBeNull();
  });
});
