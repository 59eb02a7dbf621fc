import { useId, useState } from 'react';
import { withoutSnapshots } from '../../shared/edit/snapshots';
import { acceptedExtensions } from '../../shared/format/importers';
import type { Snapshot } from '../../shared/model/snapshot';
import { readDroppedFile } from '../files/openFile';
import { useDocumentStore } from '../store/documentStore';
import { closeCompareDialogs, useCompareDialog } from './compareDialogState';
import { startCompare, type CompareSide } from '../store/compareStore';
import { DialogFrame } from './DialogFrame';

/** File ▸ Compare…, while it is open. */
export function CompareDialog() {
  const open = useCompareDialog((state) => state.open === 'compare');
  return open ? <CompareForm /> : null;
}

const NOW = 'now';
const FILE = 'file';

/** Picks two of: a snapshot, the map as it is now, another map or an Outside-In PDF; Compare shows the compare view. */
function CompareForm() {
  const map = useDocumentStore.getState().map;
  const snapshots = map.snapshots ?? [];
  const [before, setBefore] = useState(snapshots.at(-1) ? `snapshot:${snapshots.at(-1)!.id}` : FILE);
  const [after, setAfter] = useState(NOW);
  const [files, setFiles] = useState<{ before?: File; after?: File }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const sideOf = async (choice: string, file: File | undefined): Promise<CompareSide | string> => {
    if (choice === NOW) return { map: withoutSnapshots(map), name: 'Now', document: map };
    if (choice === FILE) {
      if (!file) return 'Choose the file to compare with.';
      const read = await readDroppedFile(file);
      return read.ok ? { map: withoutSnapshots(read.map), name: file.name } : `${file.name}: ${read.problems[0]?.message ?? 'it cannot be read.'}`;
    }
    const snapshot = snapshots.find((candidate) => `snapshot:${candidate.id}` === choice);
    return snapshot ? { map: snapshot.map, name: snapshot.name } : 'That snapshot is gone.';
  };

  const submit = async (): Promise<void> => {
    const sides = [await sideOf(before, files.before), await sideOf(after, files.after)];
    const refused = sides.find((side): side is string => typeof side === 'string');
    if (refused) {
      setProblem(refused);
      return;
    }
    closeCompareDialogs();
    startCompare(sides[0] as CompareSide, sides[1] as CompareSide);
  };

  return (
    <DialogFrame
      title="Compare"
      message="Shows on one map which steps were added, removed, moved or changed, and which of the customer's gaps are closed, opened or changed."
      submit={() => void submit()}
      submitLabel="Compare"
    >
      <SideField id={`${id}-before`} label="Before" value={before} snapshots={snapshots} onChange={setBefore} onFile={(file) => setFiles({ ...files, before: file })} />
      <SideField id={`${id}-after`} label="After" value={after} snapshots={snapshots} onChange={setAfter} onFile={(file) => setFiles({ ...files, after: file })} />
      {problem && (
        <p className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </DialogFrame>
  );
}

interface SideFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly snapshots: readonly Snapshot[];
  readonly onChange: (value: string) => void;
  readonly onFile: (file: File | undefined) => void;
}

function SideField({ id, label, value, snapshots, onChange, onFile }: SideFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value)}>
        {snapshots.map((snapshot) => (
          <option key={snapshot.id} value={`snapshot:${snapshot.id}`}>
            Snapshot: {snapshot.name}
          </option>
        ))}
        <option value={NOW}>The map as it is now</option>
        <option value={FILE}>Another map or Outside-In PDF…</option>
      </select>
      {value === FILE && (
        <input
          className="compare-dialog__file"
          type="file"
          aria-label={`${label}: the file`}
          accept={acceptedExtensions().join(',')}
          onChange={(event) => onFile(event.target.files?.[0])}
        />
      )}
    </div>
  );
}
