import type { KeyPress } from '../commands/shortcuts';
import type { Presenting } from '../store/presentationStore';

/** What a key asks of a presentation. */
export type PresentationKey = { readonly kind: PlainKey } | { readonly kind: 'digit'; readonly digit: string };

/** The keys that carry nothing beside what they are. */
type PlainKey = 'next' | 'previous' | 'first' | 'last' | 'enter' | 'blank' | 'leave' | 'ignore';

// Clickers send PageDown and PageUp (some the arrows), B or the full stop to blank the screen, and
// F5 and Escape from their start button; keyboards add Space, Home, End and a number with Enter.
const KEYS: Readonly<Record<string, PlainKey>> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Enter: 'enter',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'leave',
  // Pressed again on a clicker that started the presentation, F5 changes nothing; Tab moves no focus.
  F5: 'ignore',
  Tab: 'ignore',
};

/**
 * What a key press asks of the presentation, or null when it is not one of its keys (the timer's
 * keys, or any key with Ctrl, Cmd or Alt, which the presentation swallows and ignores).
 */
export function presentationKey(press: KeyPress): PresentationKey | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (/^[0-9]$/.test(press.key)) return { kind: 'digit', digit: press.key };
  if (press.key === ' ' && press.shiftKey) return { kind: 'previous' };
  const kind = KEYS[press.key];
  return kind ? { kind } : null;
}

/** The digits of a slide number a presenter may type before Enter. */
const MAX_DIGITS = 4;

/**
 * The presentation after a key (other than Escape, which ends it), over `slides` slides. A number
 * typed and Enter jumps to that slide, counted from 1; Enter alone goes on. While the screen is
 * blank, a key that moves only brings the slide back, so a clicker's press after a pause never skips one.
 */
export function movePresentation(state: Presenting, key: PresentationKey, slides: number): Presenting {
  const last = Math.max(0, slides - 1);
  const to = (slide: number): Presenting => {
    const next = Math.min(last, Math.max(0, slide));
    return { ...state, slide: next, typed: '', direction: next > state.slide ? 'forward' : next < state.slide ? 'back' : state.direction };
  };
  switch (key.kind) {
    case 'digit':
      return { ...state, typed: (state.typed + key.digit).slice(0, MAX_DIGITS) };
    case 'blank':
      return { ...state, blanked: !state.blanked, typed: '' };
    case 'leave':
    case 'ignore':
      return state;
  }
  if (state.blanked) return { ...state, blanked: false, typed: '' };
  switch (key.kind) {
    case 'next':
      return to(state.slide + 1);
    case 'previous':
      return to(state.slide - 1);
    case 'first':
      return to(0);
    case 'last':
      return to(last);
    case 'enter':
      return state.typed === '' ? to(state.slide + 1) : to(Number(state.typed) - 1);
  }
}
