import { describe, expect, it } from 'vitest';
import { matchMaps } from '../../../../shared/compare/matchMaps';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';

const map = (lanes: Lane[], steps: Omit<Step, 'span'>[]): JourneyMap => ({ id: 'm', title: '', stages: [], lanes, steps: steps.map((step) => ({ span: 1, ...step })) });
const cust: Lane = { id: 'cust', kind: 'journey', title: 'Customer' };
const ops: Lane = { id: 'ops', kind: 'process', title: 'Operations' };

describe('matchMaps', () => {
  it('matches steps by id first, whatever their title', () => {
    const match = matchMaps(map([cust], [{ id: 's1', laneId: 'cust', title: 'Calls', column: 0 }]), map([cust], [{ id: 's1', laneId: 'cust', title: 'Phones', column: 3 }]));
    expect([...match.steps.afterOf]).toEqual([['s1', 's1']]);
  });

  it('then by the source of an import, under new ids and titles', () => {
    const source = { kind: 'bpmn' as const, id: 'Task_1', file: 'claims.bpmn' };
    const match = matchMaps(
      map([cust, ops], [{ id: 'a', laneId: 'ops', title: 'Register', column: 0, source }]),
      map([cust, ops], [{ id: 'b', laneId: 'ops', title: 'Register claim', column: 2, source: { ...source, file: 'claims-v2.bpmn' } }]),
    );
    expect(match.steps.afterOf.get('a')).toBe('b');
  });

  it('then by lane and title, without case or extra spaces, in column order', () => {
    const match = matchMaps(
      map([cust], [
        { id: 'x1', laneId: 'cust', title: 'Calls', column: 0 },
        { id: 'x2', laneId: 'cust', title: 'Calls', column: 5 },
        { id: 'x3', laneId: 'cust', title: 'Waits', column: 6 },
      ]),
      map([cust], [
        { id: 'y2', laneId: 'cust', title: '  calls ', column: 7 },
        { id: 'y1', laneId: 'cust', title: 'CALLS', column: 1 },
      ]),
    );
    expect(match.steps.afterOf.get('x1')).toBe('y1');
    expect(match.steps.afterOf.get('x2')).toBe('y2');
    expect(match.steps.afterOf.has('x3')).toBe(false);
  });

  it('matches lanes like steps: a renamed id with the same kind and title is the same lane, and its steps follow', () => {
    const match = matchMaps(
      map([cust], [{ id: 'x', laneId: 'cust', title: 'Calls', column: 0 }]),
      map([{ ...cust, id: 'customer' }], [{ id: 'y', laneId: 'customer', title: 'Calls', column: 0 }]),
    );
    expect(match.lanes.afterOf.get('cust')).toBe('customer');
    expect(match.steps.afterOf.get('x')).toBe('y');
  });

  it('does not match a title across lanes, nor a lane of another kind', () => {
    const match = matchMaps(
      map([cust, ops], [{ id: 'x', laneId: 'ops', title: 'Calls', column: 0 }]),
      map([{ ...cust, id: 'c2' }, { ...ops, id: 'o2', kind: 'context' }], [{ id: 'y', laneId: 'c2', title: 'Calls', column: 0 }]),
    );
    expect(match.lanes.afterOf.get('ops')).toBeUndefined();
    expect(match.steps.afterOf.size).toBe(0);
  });
});
