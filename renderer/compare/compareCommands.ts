import type { AnyCommand } from '../commands/command';
import { openCompareDialog, openSaveSnapshotDialog } from './compareDialogState';
import { isComparing, leaveCompare, stepChange, useCompareStore } from '../store/compareStore';

const hasChanges = (): boolean => (useCompareStore.getState().comparing?.view.stops.length ?? 0) > 0;

/** Snapshots and the compare view: save one, compare two states of a map, walk what changed, leave. */
export const COMPARE_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'snapshot.save',
    label: 'Save snapshot…',
    perform: openSaveSnapshotDialog,
  },
  {
    id: 'compare.open',
    label: 'Compare…',
    perform: openCompareDialog,
  },
  {
    id: 'compare.nextChange',
    label: 'Next change',
    // Single keys, only in the compare view: nothing there takes typing, and on the canvas N adds a step.
    shortcuts: ['N', 'ArrowRight'],
    scope: 'compare',
    enabled: hasChanges,
    perform: () => stepChange(1),
  },
  {
    id: 'compare.previousChange',
    label: 'Previous change',
    shortcuts: ['Shift+N', 'ArrowLeft'],
    scope: 'compare',
    enabled: hasChanges,
    perform: () => stepChange(-1),
  },
  {
    id: 'compare.leave',
    label: 'Back to editing',
    shortcuts: ['Escape'],
    scope: 'compare',
    enabled: isComparing,
    perform: leaveCompare,
  },
];
