import type { AnyCommand } from '../commands/command';
import { usePreferencesStore } from './preferencesStore';

const shown = () => usePreferencesStore.getState().preferences;

/** Panels by the preference that shows them, as the page marks them. */
const PANEL_SELECTORS = { outlineShown: '.outline', sidebarShown: '.sidebar' } as const;

/**
 * Changes which panels show. A panel about to go that holds the keyboard focus hands it to the
 * canvas first, so the next key still lands somewhere sensible rather than on the page's body.
 */
const change = (patch: { outlineShown?: boolean; sidebarShown?: boolean }): void => {
  const focused = document.activeElement;
  const hidesFocus = (Object.keys(PANEL_SELECTORS) as (keyof typeof PANEL_SELECTORS)[]).some((key) => patch[key] === false && focused?.closest(PANEL_SELECTORS[key]));
  if (hidesFocus) document.querySelector<HTMLElement>('[data-shortcut-scope="canvas"]')?.focus();
  void usePreferencesStore.getState().change(patch);
};

/**
 * Showing and hiding the side panels, so a projector shows the map across the whole width. The
 * choice is a preference: the next start opens the panels as they were left.
 */
export const PANEL_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'view.toggleOutline',
    label: 'Show outline',
    shortcuts: ['Mod+B'],
    whileTyping: true,
    checked: () => shown().outlineShown,
    perform: () => change({ outlineShown: !shown().outlineShown }),
  },
  {
    id: 'view.toggleSidebar',
    label: 'Show details',
    shortcuts: ['Mod+Shift+B'],
    whileTyping: true,
    checked: () => shown().sidebarShown,
    perform: () => change({ sidebarShown: !shown().sidebarShown }),
  },
  {
    id: 'view.togglePanels',
    label: 'Hide both panels',
    shortcuts: ['Mod+\\'],
    whileTyping: true,
    checked: () => !shown().outlineShown && !shown().sidebarShown,
    // Any panel showing: hide both (the map alone); none showing: bring both back.
    perform: () => {
      const anyShown = shown().outlineShown || shown().sidebarShown;
      change({ outlineShown: !anyShown, sidebarShown: !anyShown });
    },
  },
];
