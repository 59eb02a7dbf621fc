import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_SHAPE, defaultStages } from '../../../../shared/edit/defaultStages';
import { addStage, updateStage } from '../../../../shared/edit/stages';
import { expectValid, lane, mapOf } from './editSupport';

describe('defaultStages', () => {
  it('lays the whole journey out in order, two columns a stage, from column 0 without a hole', () => {
    expect(defaultStages().map((stage) => [stage.title, stage.fromColumn, stage.toColumn])).toEqual([
      ['Need', 0, 1],
      ['Explore', 2, 3],
      ['Choose', 4, 5],
      ['Buy', 6, 7],
      ['Onboard', 8, 9],
      ['Use', 10, 11],
      ['Get help', 12, 13],
      ['Renew or leave', 14, 15],
    ]);
  });

  it('groups the stages before, during and after the organisation', () => {
    const phases = (phase: string) => DEFAULT_STAGE_SHAPE.filter((stage) => stage.phase === phase).map((stage) => stage.title);
    expect(phases('before')).toEqual(['Need', 'Explore']);
    expect(phases('during')).toEqual(['Choose', 'Buy', 'Onboard']);
    expect(phases('after')).toEqual(['Use', 'Get help', 'Renew or leave']);
  });

  it('gives ordinary stages: valid in a map, renamed and resized like any, and a stage added later numbers on', () => {
    const map = { ...mapOf([lane('j', 'journey')], []), stages: defaultStages() };
    expectValid(map);
    const { map: added, stageId } = addStage(map, { fromColumn: 16, toColumn: 17, title: 'Tell others' });
    expect(stageId).toBe('stage-9');
    const changed = updateStage(added, 'stage-2', { title: 'Compare', toColumn: 5 });
    expect(changed.stages[1]).toEqual({ id: 'stage-2', title: 'Compare', fromColumn: 2, toColumn: 5 });
  });

  it('gives a fresh array each time, so one map editing its stages leaves the next new map alone', () => {
    expect(defaultStages()).not.toBe(defaultStages());
    expect(defaultStages()).toEqual(defaultStages());
  });
});
