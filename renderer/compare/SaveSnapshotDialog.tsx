import { useId, useState } from 'react';
import { MAP_LIMITS } from '../../shared/model/limits';
import { useDocumentStore } from '../store/documentStore';
import { closeCompareDialogs, useCompareDialog } from './compareDialogState';
import { DialogFrame } from './DialogFrame';
import { saveSnapshot } from './snapshotActions';

/** File ▸ Save snapshot…, while it is open. */
export function SaveSnapshotDialog() {
  const open = useCompareDialog((state) => state.open === 'saveSnapshot');
  return open ? <SaveSnapshotForm /> : null;
}

/** Names the map as it is now ("As-is, workshop 1") and keeps it in the file, as one undo step. */
function SaveSnapshotForm() {
  const count = useDocumentStore.getState().map.snapshots?.length ?? 0;
  const [name, setName] = useState(count === 0 ? 'As-is' : `Snapshot ${count + 1}`);
  const id = useId();
  const submit = (): void => {
    closeCompareDialogs();
    saveSnapshot(name);
  };
  return (
    <DialogFrame
      title="Save snapshot"
      message="Keeps the map as it is now inside the file, to restore it or to compare it with a to-be later."
      submit={submit}
      submitLabel="Save snapshot"
    >
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label">
          Name
        </label>
        <input id={`${id}-name`} className="field__input" maxLength={MAP_LIMITS.titleLength} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
    </DialogFrame>
  );
}
