/** The parts of a key event a shortcut is matched on. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Writes a key press the way shortcuts are declared: `Mod+Shift+Z`, `Alt+ArrowLeft`, `Delete`. */
export function shortcutOf(press: KeyPress, mac: boolean = isMac()): string {
  const parts: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) parts.push('Mod');
  if (mac && press.ctrlKey) parts.push('Ctrl');
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  // Letters match whatever their case; Shift is already in the parts.
  const key = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  parts.push(key === '+' ? 'Plus' : key);
  return parts.join('+');
}

/** A shortcut as people read it on this platform: `Ctrl+Shift+Z`, `⌘⇧Z`. */
export function displayShortcut(shortcut: string, mac: boolean = isMac()): string {
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Plus: '+', Delete: '⌦', Backspace: '⌫', Escape: 'Esc' }
    : { Mod: 'Ctrl', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Plus: '+', Escape: 'Esc' };
  const parts = shortcut.split('+').map((part) => names[part] ?? part);
  return parts.join(mac ? '' : '+');
}

/** A shortcut for `aria-keyshortcuts`, which names keys as the DOM does: `Control+Shift+Z`. */
export function ariaShortcut(shortcut: string, mac: boolean = isMac()): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (mac ? 'Meta' : 'Control') : part === 'Ctrl' ? 'Control' : part))
    .join('+');
}
