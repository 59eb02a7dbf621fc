import { useEffect } from 'react';
import { appliedTheme, SYSTEM_DARK_QUERY } from './theme';
import { usePreferencesStore } from './preferencesStore';

/**
 * Loads the preferences from the host once, and keeps `data-theme` on `<html>` in step with the
 * theme preference: at once when it changes, and live when the system switches while the user
 * chose to match it. app.css draws the chrome from that attribute.
 */
export function usePreferences(): void {
  useEffect(() => {
    void usePreferencesStore.getState().load();
  }, []);

  const choice = usePreferencesStore((state) => state.preferences.theme);
  useEffect(() => {
    const root = document.documentElement;
    const system = window.matchMedia(SYSTEM_DARK_QUERY);
    const apply = (): void => {
      root.dataset.theme = appliedTheme(choice, system.matches);
    };
    apply();
    if (choice !== 'system') return;
    system.addEventListener('change', apply);
    return () => system.removeEventListener('change', apply);
  }, [choice]);
}
