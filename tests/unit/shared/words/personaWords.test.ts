import { describe, expect, it } from 'vitest';
import { initialsOf, personaLabel } from '../../../../shared/words/personaWords';

describe('initialsOf', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initialsOf('Dana Whitfield')).toBe('DW');
    expect(initialsOf('  émile  de la Tour ')).toBe('ÉT');
    expect(initialsOf('Cher')).toBe('C');
    expect(initialsOf('— ')).toBe('?');
  });
});

describe('personaLabel', () => {
  it('is the name, or "Unnamed persona" while the name is blank', () => {
    expect(personaLabel({ id: 'p', name: 'Ana Silva' })).toBe('Ana Silva');
    expect(personaLabel({ id: 'p', name: '  ' })).toBe('Unnamed persona');
  });
});
