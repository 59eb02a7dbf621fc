import { useEffect, type RefObject } from 'react';

/**
 * The canvas's focus ring, for keyboard users only. `:focus-visible` cannot tell: the canvas is
 * focused by script on every press (so Delete and the arrows act on what was clicked), and
 * Chromium shows the ring for a scripted focus that follows a text field, such as a title just
 * edited in place. So the canvas keeps its own mark, `data-focus-ring`, set when it is focused
 * after a key press (Tab) and cleared when it is pressed with a pointer.
 */
const FOCUS_RING = 'data-focus-ring';

let keyboardLast = false;
let returning = false;

/** The canvas is being pressed with a pointer: no ring, until the keyboard focuses it afresh. */
export function markPointerFocus(element: HTMLElement): void {
  element.removeAttribute(FOCUS_RING);
}

/** Gives focus back to the canvas after an in-place editor closes, keeping the ring as it was before the editor opened. */
export function returnFocusTo(element: HTMLElement): void {
  returning = true;
  try {
    element.focus({ preventScroll: true });
  } finally {
    returning = false;
  }
}

/** Marks the canvas element for the ring whenever the keyboard brings focus to it. */
export function useFocusRing(element: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onKey = (): void => {
      keyboardLast = true;
    };
    const onPointer = (): void => {
      keyboardLast = false;
    };
    const onFocus = (): void => {
      if (returning) return;
      if (keyboardLast) target.setAttribute(FOCUS_RING, '');
      else target.removeAttribute(FOCUS_RING);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    target.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      target.removeEventListener('focus', onFocus);
    };
  }, [element]);
}
