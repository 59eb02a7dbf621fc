import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { problemsOf } from '../../support/fixtures';

const file = (map: Record<string, unknown>): string => JSON.stringify({ format: 'outside-in.journey', version: 1, map });

const base = {
  id: 'm',
  title: 'Claim',
  lanes: [
    { id: 'cust', kind: 'journey', title: 'Customer', personaId: 'ana' },
    { id: 'claims', kind: 'process', title: 'Claims' },
  ],
  steps: [
    { id: 's1', laneId: 'cust', title: 'Storm damages the roof', column: 0 },
    { id: 'p1', laneId: 'claims', title: 'Register claim', column: 1 },
  ],
  personas: [{ id: 'ana', name: 'Ana, 34' }],
  opportunities: [{ id: 'o1', title: 'Storm alert by text', target: { kind: 'gap', stepId: 's1' }, status: 'idea' }],
};

const problems = (map: Record<string, unknown>) => problemsOf(parse(file(map)));

describe('reference checks of personas and opportunities', () => {
  it('loads a map whose lane names its persona and whose opportunities act on existing steps', () => {
    const result = parse(file({ ...base, opportunities: [...base.opportunities, { id: 'o2', title: 'Faster registration', target: { kind: 'step', stepId: 'p1' }, status: 'doing' }] }));
    expect(result.ok).toBe(true);
  });

  it('loads an opportunity whose target was removed', () => {
    expect(parse(file({ ...base, opportunities: [{ id: 'o1', title: 'Kept text', status: 'planned' }] })).ok).toBe(true);
  });

  it('names a lane whose persona does not exist', () => {
    expect(problems({ ...base, personas: [] })).toEqual([
      { path: '$.map.lanes[0].personaId', message: 'Lane "cust" names persona "ana", but the map has no persona with that id.' },
    ]);
  });

  it('names an opportunity whose step does not exist', () => {
    expect(problems({ ...base, opportunities: [{ ...base.opportunities[0], target: { kind: 'step', stepId: 'gone' } }] })).toEqual([
      { path: '$.map.opportunities[0].target.stepId', message: 'Opportunity "o1" acts on step "gone", but the map has no step with that id.' },
    ]);
  });

  it('names a gap opportunity on a process step', () => {
    expect(problems({ ...base, opportunities: [{ ...base.opportunities[0], target: { kind: 'gap', stepId: 'p1' } }] })).toEqual([
      { path: '$.map.opportunities[0].target.stepId', message: 'Opportunity "o1" acts on a gap at step "p1", but only steps of a journey lane make gaps.' },
    ]);
  });

  it('keeps persona and opportunity ids unique across the map', () => {
    expect(problems({ ...base, lanes: [base.lanes[0], { ...base.lanes[1], id: 'ana' }], steps: [base.steps[0], { ...base.steps[1], laneId: 'ana' }] })).toEqual([
      { path: '$.map.personas[0].id', message: 'The id "ana" of persona 1 is already used by lane 2; ids must be unique across the map.' },
    ]);
    expect(problems({ ...base, opportunities: [{ ...base.opportunities[0], id: 's1' }] })).toEqual([
      { path: '$.map.opportunities[0].id', message: 'The id "s1" of opportunity 1 is already used by step 1; ids must be unique across the map.' },
    ]);
  });
});
