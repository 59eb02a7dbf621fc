// The Open… command needs the page's file input, which lives in the toolbar. The toolbar registers
// how to show the chooser; the command (from a key, a menu, the toolbar) asks for it.

let showChooser: (() => void) | null = null;

/** Registers how to show the file chooser; returns how to unregister it. */
export function provideFileChooser(show: () => void): () => void {
  showChooser = show;
  return () => {
    if (showChooser === show) showChooser = null;
  };
}

/** Shows the file chooser, if one is registered. */
export function chooseFile(): void {
  showChooser?.();
}
