import type { KeyboardEvent, MouseEvent } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab stops at inside a dialog, in order: of a radio group only its checked radio, as the browser does. */
export function tabStops(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked) return true;
    const group = box.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`);
    return ![...group].some((radio) => radio.checked) && group[0] === element;
  });
}

/** Keeps Tab and Shift+Tab inside a modal dialog: past its last stop comes its first, and back. */
export function wrapTab(event: KeyboardEvent, box: HTMLElement | null): void {
  if (event.key !== 'Tab' || !box) return;
  const stops = tabStops(box);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || !box.contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** For a modal's backdrop: a press there would take focus out of the dialog, where the window's shortcuts act on the map. */
export function keepFocusInDialog(event: MouseEvent): void {
  if (event.target === event.currentTarget) event.preventDefault();
}
