import { create } from 'zustand';

/** Whether the dialog that starts the timer is open. */
export const useTimerDialog = create<{ readonly open: boolean }>()(() => ({ open: false }));

/** Opens the dialog that starts the timer (the `timer.start` command). */
export const openTimerDialog = (): void => useTimerDialog.setState({ open: true });

export const closeTimerDialog = (): void => useTimerDialog.setState({ open: false });
