import { create } from 'zustand';

/** Whether the Preferences dialog is open. */
export const usePreferencesDialog = create<{ readonly open: boolean }>()(() => ({ open: false }));

/** Opens the Preferences dialog (the `app.preferences` command). */
export const openPreferences = (): void => usePreferencesDialog.setState({ open: true });

/** Closes the Preferences dialog. */
export const closePreferences = (): void => usePreferencesDialog.setState({ open: false });
