import { useId, useState, type KeyboardEvent } from 'react';
import { MAP_LIMITS } from '../../shared/model/limits';
import type { Snapshot } from '../../shared/model/snapshot';
import { useDocumentStore } from '../store/documentStore';
import { openSaveSnapshotDialog } from './compareDialogState';
import { compareWithNow, discard, rename, restore, startToBe } from './snapshotActions';
import './compare.css';

const NO_SNAPSHOTS: readonly Snapshot[] = [];

/** When a snapshot was taken, as a person reads it: "6 Dec 2026, 10:00". */
const takenAt = (createdAt: string): string => {
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
};

/**
 * The snapshots kept in the map: save one, compare one with the map as it is now, restore it (one
 * undo step), rename, delete, or start a to-be from it in a new map.
 */
export function SnapshotsPanel() {
  const snapshots = useDocumentStore((state) => state.map.snapshots ?? NO_SNAPSHOTS);
  const headingId = useId();
  return (
    <section className="panel snapshots" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Snapshots
      </h2>
      <button type="button" className="button button--small" onClick={openSaveSnapshotDialog}>
        Save snapshot…
      </button>
      <p className="panel__hint snapshots__hint">
        {snapshots.length === 0
          ? 'A snapshot keeps the map as it is now inside the file ("As-is, workshop 1"), to compare a to-be with it later.'
          : 'Compare a snapshot with the map as it is now, or restore it: Undo brings back what was.'}
      </p>
      {snapshots.length > 0 && (
        <ul className="snapshots__list" aria-label="Snapshots">
          {[...snapshots].reverse().map((snapshot) => (
            <SnapshotCard key={snapshot.id} snapshot={snapshot} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SnapshotCard({ snapshot }: { readonly snapshot: Snapshot }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(snapshot.name);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      rename(snapshot.id, name);
      setRenaming(false);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setName(snapshot.name);
      setRenaming(false);
    }
  };
  const steps = snapshot.map.steps.length;
  return (
    <li className="snapshot-card" aria-label={`Snapshot ${snapshot.name}`}>
      {renaming ? (
        <input
          className="field__input"
          aria-label="Name of the snapshot"
          maxLength={MAP_LIMITS.titleLength}
          value={name}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            rename(snapshot.id, name);
            setRenaming(false);
          }}
        />
      ) : (
        <p className="snapshot-card__name">{snapshot.name}</p>
      )}
      <p className="snapshot-card__detail">
        {takenAt(snapshot.createdAt)} · {steps === 1 ? '1 step' : `${steps} steps`}
      </p>
      <div className="snapshot-card__actions">
        <button type="button" className="button button--small" onClick={() => compareWithNow(snapshot.id)}>
          Compare with now
        </button>
        <button type="button" className="button button--small" onClick={() => restore(snapshot.id)}>
          Restore
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => void startToBe(snapshot.id)}>
          Start a to-be
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" className="button button--small button--quiet" aria-label={`Delete the snapshot “${snapshot.name}”`} onClick={() => discard(snapshot.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}
