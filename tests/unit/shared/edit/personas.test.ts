import { describe, expect, it } from 'vitest';
import { addPersona, assignPersona, deletePersona, lanesOfPersona, PERSONA_COLOURS, updatePersona } from '../../../../shared/edit/personas';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { claimMap, expectValid, frozen, lane, mapOf } from './editSupport';

const withAna = (): JourneyMap => {
  const { map, personaId } = addPersona(frozen(claimMap()), 'Ana, 34');
  return frozen(assignPersona(map, 'cust', personaId));
};

describe('personas', () => {
  it('adds a persona with a fresh id and the first unworn palette colour', () => {
    const first = addPersona(frozen(claimMap()), 'Ana');
    const second = addPersona(first.map, 'Ben');
    expect(second.map.personas).toEqual([
      { id: 'persona-1', name: 'Ana', colour: PERSONA_COLOURS[0] },
      { id: 'persona-2', name: 'Ben', colour: PERSONA_COLOURS[1] },
    ]);
    expectValid(second.map);
  });

  it('updates name, description, goals, frustrations and colour; emptied ones leave the file', () => {
    const map = withAna();
    const filled = updatePersona(map, 'persona-1', {
      name: 'Ana Silva',
      description: 'Homeowner, first claim',
      goals: ['Roof fixed before winter', 'One contact person'],
      frustrations: ['Repeating the story'],
      colour: PERSONA_COLOURS[3],
    });
    expect(filled.personas![0]).toEqual({
      id: 'persona-1',
      name: 'Ana Silva',
      description: 'Homeowner, first claim',
      goals: ['Roof fixed before winter', 'One contact person'],
      frustrations: ['Repeating the story'],
      colour: PERSONA_COLOURS[3],
    });
    expectValid(filled);
    const emptied = updatePersona(frozen(filled), 'persona-1', { description: '  ', goals: [], frustrations: [] });
    expect(emptied.personas![0]).toEqual({ id: 'persona-1', name: 'Ana Silva', colour: PERSONA_COLOURS[3] });
  });

  it('leaves the map as it was for no change, a bad colour or an unknown persona', () => {
    const map = withAna();
    expect(updatePersona(map, 'persona-1', { name: 'Ana, 34' })).toBe(map);
    expect(updatePersona(map, 'persona-1', { colour: 'red' })).toBe(map);
    expect(updatePersona(map, 'nobody', { name: 'X' })).toBe(map);
    expect(assignPersona(map, 'cust', 'nobody')).toBe(map);
  });

  it('deletes a persona and, in the same edit, its name from every lane', () => {
    const map = withAna();
    expect(lanesOfPersona(map, 'persona-1').map((candidate) => candidate.id)).toEqual(['cust']);
    const deleted = deletePersona(map, 'persona-1');
    expect(deleted.personas).toEqual([]);
    expect(deleted.lanes.find((candidate) => candidate.id === 'cust')).toEqual(lane('cust', 'journey'));
    expectValid(deleted);
  });

  it('names a persona on a lane, or none, keeping the lane\'s other fields', () => {
    const { map, personaId } = addPersona(frozen(mapOf([lane('cust', 'journey', { band: 'wide' })])), 'Ana');
    expect(assignPersona(map, 'cust', personaId).lanes[0]).toEqual({ ...lane('cust', 'journey', { band: 'wide' }), personaId });
    expect(assignPersona(map, 'cust', null)).toBe(map);
    expect(assignPersona(withAna(), 'cust', null).lanes[0]).toEqual(lane('cust', 'journey'));
  });
});
