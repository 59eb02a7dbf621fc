import type { AnyCommand, ShortcutScope } from './command';
import { shortcutOf, type KeyPress } from './shortcuts';

/** Where a key press happened, as far as shortcuts care. */
export interface KeyContext {
  /** The scope of the focused element (`data-shortcut-scope` on it or an ancestor), or global. */
  readonly scope: ShortcutScope;
  /** Whether focus is in a text field, where plain keys type and Mod+Z undoes the typing. */
  readonly editingText: boolean;
}

/** A shortcut without Ctrl/Cmd or Alt: a key that also types, presses a button or moves through a list. */
const isPlain = (shortcut: string): boolean => !/(^|\+)(Mod|Ctrl|Alt)\+/.test(shortcut);

/** A plain shortcut whose key is a character (N, /, Shift+T): pressed in a text field, it types. */
const typesCharacter = (shortcut: string): boolean => isPlain(shortcut) && [...(shortcut.split('+').at(-1) ?? '')].length === 1;

/**
 * The command a key press runs, if any. Commands of the focused scope come first; in a text field
 * only commands of that field's scope, global commands with Alt (which typing never uses) and
 * those meant to work while typing apply. A global key without Ctrl/Cmd or Alt (N, Delete, F2, the
 * arrows, Escape) acts only on the focused canvas: on a button, a menu or a check box it is that
 * control's own key, and moving through the window never changes the map. A command meant to work
 * while typing (Save, Present) works wherever the focus is.
 */
export function commandForKey(commands: readonly AnyCommand[], press: KeyPress, context: KeyContext, mac?: boolean): AnyCommand | null {
  const shortcut = shortcutOf(press, mac);
  const matching = commands.filter((command) => command.shortcuts?.includes(shortcut));
  const scoped = matching.find((command) => (command.scope ?? 'global') === context.scope && context.scope !== 'global');
  if (scoped) return scoped;
  const global = matching.find((command) => (command.scope ?? 'global') === 'global');
  if (!global) return null;
  // A key that types a character (/, T) types it in a text field, even one on the canvas (a title
  // edited in place), and acts only on the canvas — even for a command whose other shortcut (Ctrl+K)
  // works while typing. A key that types nothing (F5) works wherever the focus is for such a command.
  if (typesCharacter(shortcut) && (context.editingText || context.scope !== 'canvas')) return null;
  if (global.whileTyping) return global;
  if (context.editingText && !shortcut.includes('Alt')) return null;
  if (isPlain(shortcut) && context.scope !== 'canvas') return null;
  return global;
}
