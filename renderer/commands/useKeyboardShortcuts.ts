import { useEffect } from 'react';
import type { ShortcutScope } from './command';
import { dialogOpen } from '../dialogs/dialogStore';
import { dispatch, isEnabled } from './dispatch';
import { commandForKey } from './keyboardDispatch';
import { allCommands } from './registry';
import { isTextField } from './textField';

function contextOf(target: EventTarget | null): { scope: ShortcutScope; editingText: boolean } {
  const element = target instanceof Element ? target : null;
  const scope = (element?.closest('[data-shortcut-scope]')?.getAttribute('data-shortcut-scope') as ShortcutScope | null) ?? 'global';
  return { scope, editingText: isTextField(target) };
}

/** Runs commands from the keyboard, for the whole window. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A modal dialog has the keyboard to itself while it is open.
      if (event.defaultPrevented || event.isComposing || dialogOpen()) return;
      const command = commandForKey(allCommands(), event, contextOf(event.target));
      if (!command || command.nativeClipboard) return;
      // Alt+← and Alt+→ are also the browser's Back and Forward: a move that cannot happen now
      // (nothing selected, the first column) must not take the page away instead.
      if (event.altKey) event.preventDefault();
      if (!isEnabled(command.id)) return;
      event.preventDefault();
      dispatch(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
