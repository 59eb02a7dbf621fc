import { useEffect } from 'react';
import { dispatch } from '../commands/dispatch';
import { allCommands } from '../commands/registry';
import { shortcutOf } from '../commands/shortcuts';
import { pressPresentationKey } from './presentationControl';
import { presentationKey } from './presentationMoves';

/** Keys the browser keeps for itself even during a presentation: full screen and the developer tools. */
const BROWSER_KEYS = new Set(['F11', 'F12']);

/**
 * While a presentation is on screen, every key is the presentation's: it is caught on its way
 * down (before any field, the canvas or the window's shortcuts hear it), used or swallowed, so no
 * key reaches the editor and nothing edits the map. Keys of the commands meant for a presentation
 * (the timer's) run those. A dialog opened over the slides (the timer's) has its own keys.
 */
export function usePresentationKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.target instanceof Element && event.target.closest('[aria-modal="true"]')) return;
      event.stopImmediatePropagation();
      if (BROWSER_KEYS.has(event.key)) return;
      event.preventDefault();
      if (event.isComposing) return;
      const key = presentationKey(event);
      if (key) {
        pressPresentationKey(key);
        return;
      }
      const shortcut = shortcutOf(event);
      const command = allCommands().find((candidate) => candidate.whilePresenting && candidate.shortcuts?.includes(shortcut));
      if (command) dispatch(command.id);
    };
    // Caught on the way down, and the keys' other events with it, so that no field types them.
    const swallow = (event: Event): void => {
      if (event.target instanceof Element && event.target.closest('[aria-modal="true"]')) return;
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', swallow, true);
    window.addEventListener('keypress', swallow, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', swallow, true);
      window.removeEventListener('keypress', swallow, true);
    };
  }, []);
}
