import type { Preferences } from '../../shared/host/hostApi';

/** The theme the app chrome is drawn in; the map itself stays light in both (a sheet of paper). */
export type AppliedTheme = 'light' | 'dark';

/** The theme to draw: the one chosen, or the system's when the user chose to match it. */
export function appliedTheme(choice: Preferences['theme'], systemPrefersDark: boolean): AppliedTheme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

/** The query that says whether the system is in dark mode. */
export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';
