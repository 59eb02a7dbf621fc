import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../../renderer/commands/shortcuts';
import { movePresentation, presentationKey, type PresentationKey } from '../../../../renderer/presentation/presentationMoves';
import type { Presenting } from '../../../../renderer/store/presentationStore';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });
const at = (slide: number, more: Partial<Presenting> = {}): Presenting => ({ slide, direction: 'none', blanked: false, typed: '', enteredFullScreen: false, ...more });
const SLIDES = 5;

/** Presses keys one after another from a state, as a presenter does. */
function pressAll(state: Presenting, keys: readonly string[]): Presenting {
  return keys.reduce((current, key) => movePresentation(current, presentationKey(press(key)) as PresentationKey, SLIDES), state);
}

describe('the presentation’s keys', () => {
  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'leave'],
    ['F5', 'ignore'],
  ])('reads %j as %s', (key, kind) => {
    expect(presentationKey(press(key))?.kind).toBe(kind);
  });

  it('reads digits as digits, Shift+Space as previous, and leaves keys with Ctrl, Cmd or Alt, and the timer’s letters, to others', () => {
    expect(presentationKey(press('7'))).toEqual({ kind: 'digit', digit: '7' });
    expect(presentationKey(press(' ', { shiftKey: true }))?.kind).toBe('previous');
    for (const modifiers of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }]) expect(presentationKey(press('PageDown', modifiers))).toBeNull();
    for (const key of ['p', 'P', 'M', 'T', 'Delete', 'n', 'z']) expect(presentationKey(press(key)), key).toBeNull();
  });
});

describe('moving through a presentation', () => {
  it('goes on and back one slide at a time, and stops at either end', () => {
    expect(pressAll(at(0), ['PageDown', 'PageDown']).slide).toBe(2);
    expect(pressAll(at(0), ['PageDown', 'PageDown']).direction).toBe('forward');
    expect(pressAll(at(2), ['PageUp']).direction).toBe('back');
    expect(pressAll(at(4), ['PageDown', 'ArrowRight', ' ']).slide).toBe(4);
    expect(pressAll(at(0), ['PageUp', 'ArrowLeft']).slide).toBe(0);
  });

  it('jumps to the first and the last slide', () => {
    expect(pressAll(at(2), ['End']).slide).toBe(4);
    expect(pressAll(at(2), ['Home']).slide).toBe(0);
  });

  it('jumps to a slide by its number and Enter, counted from 1; Enter alone goes on', () => {
    const typed = pressAll(at(0), ['4']);
    expect([typed.slide, typed.typed]).toEqual([0, '4']);
    expect(pressAll(at(0), ['4', 'Enter'])).toMatchObject({ slide: 3, typed: '' });
    expect(pressAll(at(0), ['9', '9', 'Enter']).slide).toBe(4);
    expect(pressAll(at(3), ['0', 'Enter']).slide).toBe(0);
    expect(pressAll(at(1), ['Enter']).slide).toBe(2);
    // Another key in between forgets the number.
    expect(pressAll(at(0), ['3', 'PageDown', 'Enter']).slide).toBe(2);
  });

  it('blanks the screen and brings it back with B or the full stop; a move while blank only brings the slide back', () => {
    expect(pressAll(at(2), ['b']).blanked).toBe(true);
    expect(pressAll(at(2), ['b', '.']).blanked).toBe(false);
    expect(pressAll(at(2), ['b', 'PageDown'])).toMatchObject({ slide: 2, blanked: false });
    expect(pressAll(at(2), ['b', 'PageDown', 'PageDown'])).toMatchObject({ slide: 3, blanked: false });
  });

  it('changes nothing for a key it ignores', () => {
    const state = at(2);
    expect(movePresentation(state, { kind: 'ignore' }, SLIDES)).toBe(state);
  });
});
