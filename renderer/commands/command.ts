/** Where a shortcut applies: anywhere in the window, or only while focus is in the outline. */
export type ShortcutScope = 'global' | 'outline';

/**
 * One user action. Toolbar, keyboard, context menu (and the native menu) all dispatch the same
 * command by id, so a label, a shortcut and an enabled state never disagree between them.
 */
export interface Command {
  readonly id: string;
  readonly label: string;
  /** Keys as `Mod+Shift+Z` (Mod is Ctrl, or Cmd on a Mac), `Alt+ArrowLeft`, `Delete`. */
  readonly shortcuts?: readonly string[];
  readonly scope?: ShortcutScope;
  /**
   * The browser fires copy, cut and paste events for these keys, with a clipboard the page may
   * use without asking; the keyboard dispatcher leaves them to those events.
   */
  readonly nativeClipboard?: boolean;
  /** The shortcut works in a text field too (Save while typing a title), as Alt shortcuts do. */
  readonly whileTyping?: boolean;
  readonly enabled?: () => boolean;
  /** An on/off command (Show emotion curve): whether it is on now; menus show it as a checkbox item. */
  readonly checked?: () => boolean;
  readonly run: () => void;
}
