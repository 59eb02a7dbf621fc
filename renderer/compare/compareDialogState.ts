import { create } from 'zustand';

/** Which of the compare feature's dialogs is open: Save snapshot…, Compare…, or none. */
interface CompareDialogState {
  readonly open: 'saveSnapshot' | 'compare' | null;
}

/** The dialogs' state: session only. */
export const useCompareDialog = create<CompareDialogState>()(() => ({ open: null }));

export const openSaveSnapshotDialog = (): void => useCompareDialog.setState({ open: 'saveSnapshot' });
export const openCompareDialog = (): void => useCompareDialog.setState({ open: 'compare' });
export const closeCompareDialogs = (): void => useCompareDialog.setState({ open: null });
