import { useEffect } from 'react';
import type { ShortcutScope } from './command';
import { COMMANDS } from './commands';
import { commandForKey } from './keyboardDispatch';

function contextOf(target: EventTarget | null): { scope: ShortcutScope; editingText: boolean } {
  const element = target instanceof Element ? target : null;
  const scope = (element?.closest('[data-shortcut-scope]')?.getAttribute('data-shortcut-scope') as ShortcutScope | null) ?? 'global';
  const editingText = !!element && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || (element as HTMLElement).isContentEditable);
  return { scope, editingText };
}

/** Runs commands from the keyboard, for the whole window. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(COMMANDS, event, contextOf(event.target));
      if (!command || command.nativeClipboard) return;
      if (command.enabled && !command.enabled()) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
