import { describe, expect, it } from 'vitest';
import { updateLane, deleteLane } from '../../../../shared/edit/lanes';
import { addOpportunity, deleteOpportunity, keepOpportunityTargets, updateOpportunity } from '../../../../shared/edit/opportunities';
import { deleteSteps, moveStepTo } from '../../../../shared/edit/steps';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { claimMap, expectValid, frozen } from './editSupport';

const withIdea = (): JourneyMap => frozen(addOpportunity(frozen(claimMap()), { kind: 'gap', stepId: 's1' }).map);

describe('opportunities', () => {
  it('adds an idea on a gap with a fresh id', () => {
    const { map, opportunityId } = addOpportunity(frozen(claimMap()), { kind: 'gap', stepId: 's1' });
    expect(opportunityId).toBe('opportunity-1');
    expect(map.opportunities).toEqual([{ id: 'opportunity-1', title: 'New opportunity', target: { kind: 'gap', stepId: 's1' }, status: 'idea' }]);
    expectValid(map);
  });

  it('adds nothing for a step that does not exist', () => {
    const map = frozen(claimMap());
    expect(addOpportunity(map, { kind: 'step', stepId: 'gone' })).toEqual({ map, opportunityId: '' });
  });

  it('updates title, description, owner, status and due date; emptied fields leave the file', () => {
    const filled = updateOpportunity(withIdea(), 'opportunity-1', {
      title: 'Storm alert by text',
      description: 'Warn policy holders before the storm',
      owner: 'Claims lead',
      status: 'planned',
      due: '2026-03-31',
    });
    expect(filled.opportunities![0]).toEqual({
      id: 'opportunity-1',
      title: 'Storm alert by text',
      target: { kind: 'gap', stepId: 's1' },
      status: 'planned',
      description: 'Warn policy holders before the storm',
      owner: 'Claims lead',
      due: '2026-03-31',
    });
    expectValid(filled);
    const emptied = updateOpportunity(frozen(filled), 'opportunity-1', { description: '', owner: ' ', due: '' });
    expect(Object.keys(emptied.opportunities![0]!)).toEqual(['id', 'title', 'target', 'status']);
  });

  it('ignores a malformed due date, an unknown status and an unknown opportunity', () => {
    const map = withIdea();
    expect(updateOpportunity(map, 'opportunity-1', { due: '31/03/2026' })).toBe(map);
    expect(updateOpportunity(map, 'opportunity-1', { status: 'someday' as never })).toBe(map);
    expect(updateOpportunity(map, 'nothing', { title: 'X' })).toBe(map);
  });

  it('deletes an opportunity', () => {
    expect(deleteOpportunity(withIdea(), 'opportunity-1').opportunities).toEqual([]);
  });

  it('keeps an opportunity and its text when its step is deleted, without the target', () => {
    const map = updateOpportunity(withIdea(), 'opportunity-1', { owner: 'Claims lead' });
    const deleted = deleteSteps(frozen(map), ['s1']);
    expect(deleted.opportunities).toEqual([{ id: 'opportunity-1', title: 'New opportunity', status: 'idea', owner: 'Claims lead' }]);
    expectValid(deleted);
  });

  it('keeps opportunities true to the map when a lane with their steps goes, or stops being a journey lane', () => {
    const map = withIdea();
    expect(deleteLane(map, 'cust').opportunities![0]!.target).toBeUndefined();
    const turned = updateLane(map, 'cust', { kind: 'context' });
    expect(turned.opportunities![0]!.target).toEqual({ kind: 'step', stepId: 's1' });
    expectValid(turned);
  });

  it('turns a gap opportunity into a step opportunity when its step moves into a process lane', () => {
    const moved = moveStepTo(withIdea(), 's1', { laneId: 'claims', column: 6 });
    expect(moved.opportunities![0]!.target).toEqual({ kind: 'step', stepId: 's1' });
    expectValid(moved);
  });

  it('leaves the map as it was when every target holds', () => {
    const map = withIdea();
    expect(keepOpportunityTargets(map)).toBe(map);
    expect(deleteSteps(map, ['p2']).opportunities).toBe(map.opportunities);
  });
});
