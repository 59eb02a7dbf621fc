import { describe, expect, it } from 'vitest';
import { PERSONA_COLOURS } from '../../../../../shared/edit/personas';
import { AVATAR_INKS, avatarInk } from '../../../../../renderer/panels/personas/avatarInk';

describe('avatar ink', () => {
  it('puts white initials on every palette colour, as the report prints them', () => {
    for (const colour of PERSONA_COLOURS) expect(avatarInk(colour), colour).toBe(AVATAR_INKS.light);
  });

  it('puts ink on a light colour a file brings', () => {
    expect(avatarInk('#f2d16b')).toBe(AVATAR_INKS.dark);
    expect(avatarInk('#ffffff')).toBe(AVATAR_INKS.dark);
  });
});
