import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../../shared/analysis/coverage';
import type { JourneyMap } from '../../../../../shared/model/journeyMap';
import { coverSection } from '../../../../../shared/report/sections/coverSection';

const MAP: JourneyMap = {
  id: 'm',
  title: '',
  personas: [{ id: 'p-sam', name: 'Sam' }],
  stages: [],
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer', personaId: 'p-sam' },
    { id: 'claims', kind: 'process', title: 'Claims', personaId: 'p-sam' },
  ],
  steps: [
    { id: 'c1', laneId: 'cust', title: 'Calls', column: 0, span: 1 },
    { id: 'p1', laneId: 'claims', title: 'Answer', column: 0, span: 1 },
    { id: 'p2', laneId: 'claims', title: 'File', column: 3, span: 1 },
  ],
};

describe('coverSection', () => {
  const cover = coverSection(MAP, analyseCoverage(MAP), '2026-05-09');

  it('names an untitled map, writes the date out, and counts in the singular for one', () => {
    expect(cover).toMatchObject({ title: 'Untitled map', date: '9 May 2026' });
    expect(cover).not.toHaveProperty('client');
    expect(cover.facts).toEqual([
      { value: 1, label: 'journey step' },
      { value: 1, label: 'touchpoint' },
      { value: 0, label: 'gaps' },
      { value: 1, label: 'unanchored process step' },
    ]);
    expect(cover.headlines.map((headline) => headline.sentence)).toEqual(['The organisation accompanies 1 of 1 step (100\u00a0%) of the customer’s journey.']);
  });

  it('shows only the personas journey lanes walk', () => {
    expect(cover.personas.map((persona) => [persona.name, persona.initials, persona.laneTitles])).toEqual([['Sam', 'S', ['Customer']]]);
  });
});
