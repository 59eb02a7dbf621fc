import { describe, expect, it } from 'vitest';
import { addStage, deleteStage, updateStage } from '../../../../shared/edit/stages';
import { expectValid, frozen, lane, mapOf, stage, stagesOf } from './editSupport';

const base = () => frozen(mapOf([lane('j', 'journey')], [], [stage('aware', 0, 1, { colour: 'sand' }), stage('buy', 2, 4)]));

describe('addStage', () => {
  it('adds a stage over the columns given, after the others', () => {
    const { map, stageId } = addStage(base(), { fromColumn: 5, toColumn: 7, title: 'Use' });
    expect(stageId).toBe('stage-1');
    expect(map.stages.at(-1)).toEqual({ id: 'stage-1', title: 'Use', fromColumn: 5, toColumn: 7 });
    expectValid(map);
  });

  it('turns a range given backwards round and clamps it to whole columns ≥ 0', () => {
    expect(stagesOf(addStage(base(), { fromColumn: 6, toColumn: 3 }).map)['stage-1']).toBe('3..6');
    expect(stagesOf(addStage(base(), { fromColumn: -2, toColumn: 1.6 }).map)['stage-1']).toBe('0..2');
  });
});

describe('updateStage', () => {
  it('renames a stage and keeps its other fields', () => {
    expect(updateStage(base(), 'aware', { title: 'Notice' }).stages[0]).toEqual({ id: 'aware', title: 'Notice', fromColumn: 0, toColumn: 1, colour: 'sand' });
  });

  it('moves an end; moved past the other end, the other follows', () => {
    expect(stagesOf(updateStage(base(), 'buy', { toColumn: 6 }))).toEqual({ aware: '0..1', buy: '2..6' });
    expect(stagesOf(updateStage(base(), 'buy', { fromColumn: 9 }))).toEqual({ aware: '0..1', buy: '9..9' });
    expect(stagesOf(updateStage(base(), 'buy', { toColumn: 1 }))).toEqual({ aware: '0..1', buy: '1..1' });
    expect(stagesOf(updateStage(base(), 'buy', { fromColumn: 5, toColumn: 3 }))).toEqual({ aware: '0..1', buy: '3..5' });
    expect(stagesOf(updateStage(base(), 'buy', { fromColumn: -3 }))).toEqual({ aware: '0..1', buy: '0..4' });
  });

  it('returns the same map when nothing changes', () => {
    const map = base();
    expect(updateStage(map, 'buy', { fromColumn: 2, toColumn: 4, title: 'Stage buy' })).toBe(map);
    expect(updateStage(map, 'buy', { fromColumn: Number.NaN })).toBe(map);
    expect(updateStage(map, 'nope', { title: 'x' })).toBe(map);
  });
});

describe('deleteStage', () => {
  it('removes the stage only', () => {
    expect(stagesOf(deleteStage(base(), 'aware'))).toEqual({ buy: '2..4' });
    const map = base();
    expect(deleteStage(map, 'nope')).toBe(map);
  });
});
