import { describe, expect, it } from 'vitest';
import { addStep, deleteSteps, duplicateSteps, moveStepTo, moveSteps, resizeStep, updateStep } from '../../../../shared/edit/steps';
import { claimMap, expectValid, frozen, lane, mapOf, placesOf, stagesOf, step } from './editSupport';

// claimMap(): journey `cust` s1..s4 on columns 0..3; context `friends` empty; process `claims`
// p1 over 1..2 and process `repair` p2 on 3; stage `buy` over 1..2.
const unchanged = placesOf(claimMap());

describe('addStep', () => {
  it('puts a step on a free cell without moving anything', () => {
    const map = frozen(claimMap());
    const { map: result, stepId } = addStep(map, { laneId: 'cust', column: 4, title: 'Leave a review' });
    expect(stepId).toBe('step-1');
    expect(placesOf(result)).toEqual({ ...unchanged, 'step-1': 'cust 4..4' });
    expect(result.steps.at(-1)).toEqual({ id: 'step-1', laneId: 'cust', title: 'Leave a review', column: 4, span: 1 });
    expect(result.stages).toBe(map.stages);
    expectValid(result);
  });

  it('dropped on an occupied journey cell, goes in between: later moments shift right in every lane, a straddling step and stage grow', () => {
    const { map: result, stepId } = addStep(frozen(claimMap()), { laneId: 'cust', column: 2 });
    expect(placesOf(result)).toEqual({
      s1: 'cust 0..0',
      s2: 'cust 1..1',
      [stepId]: 'cust 2..2',
      s3: 'cust 3..3',
      s4: 'cust 4..4',
      p1: 'claims 1..3',
      p2: 'repair 4..4',
    });
    expect(stagesOf(result)).toEqual({ buy: '1..3' });
    expectValid(result);
  });

  it('makes as much room as the new step spans', () => {
    const { map: result, stepId } = addStep(claimMap(), { laneId: 'cust', column: 1, span: 2 });
    expect(placesOf(result)).toMatchObject({ [stepId]: 'cust 1..2', s1: 'cust 0..0', s2: 'cust 3..3', s4: 'cust 5..5', p1: 'claims 3..4', p2: 'repair 5..5' });
    expect(stagesOf(result)).toEqual({ buy: '3..4' });
  });

  it('lets process steps share columns: a department may do two things at one moment', () => {
    const { map: result, stepId } = addStep(claimMap(), { laneId: 'claims', column: 1 });
    expect(placesOf(result)).toEqual({ ...unchanged, [stepId]: 'claims 1..1' });
  });

  it('clamps the column and span to what a map can hold', () => {
    const { map: result, stepId } = addStep(claimMap(), { laneId: 'repair', column: -3, span: 0 });
    expect(placesOf(result)[stepId]).toBe('repair 0..0');
    const rounded = addStep(claimMap(), { laneId: 'repair', column: 5.6, span: 2.2 });
    expect(placesOf(rounded.map)[rounded.stepId]).toBe('repair 6..7');
  });

  it('adds nothing to a lane that does not exist', () => {
    const map = claimMap();
    expect(addStep(map, { laneId: 'nope', column: 0 })).toEqual({ map, stepId: '' });
    expect(addStep(map, { laneId: 'nope', column: 0 }).map).toBe(map);
  });
});

describe('moveSteps', () => {
  it('moves a selection as a group, keeping its layout', () => {
    const result = moveSteps(frozen(claimMap()), ['s4', 'p2'], { columnDelta: 2, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ ...unchanged, s4: 'cust 5..5', p2: 'repair 5..5' });
    expectValid(result);
  });

  it('stops the whole group at column 0, so its layout survives a push past the left edge', () => {
    const result = moveSteps(claimMap(), ['p1', 'p2'], { columnDelta: -5, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ ...unchanged, p1: 'claims 0..1', p2: 'repair 2..2' });
  });

  it('stops the whole group at the bottom lane, so no step leaves the map', () => {
    const result = moveSteps(claimMap(), ['s1', 'p1'], { columnDelta: 0, laneDelta: 5 });
    expect(placesOf(result)).toEqual({ ...unchanged, s1: 'friends 0..0', p1: 'repair 1..2' });
  });

  it('stops the whole group at the top lane; landing on the journey, it makes room there', () => {
    const up = moveSteps(claimMap(), ['p1', 'p2'], { columnDelta: 0, laneDelta: -9 });
    expect(placesOf(up)).toEqual({ s1: 'cust 0..0', p1: 'cust 1..2', s2: 'cust 3..3', s3: 'cust 4..4', s4: 'cust 5..5', p2: 'friends 3..3' });
    expect(stagesOf(up)).toEqual({ buy: '3..4' });
  });

  it('counts lanes in screen order (journey, context, process), whatever the order of the file', () => {
    const map = mapOf([lane('claims', 'process'), lane('cust', 'journey'), lane('friends', 'context')], [step('s1', 'cust', 0)]);
    expect(placesOf(moveSteps(map, ['s1'], { columnDelta: 0, laneDelta: 1 }))).toEqual({ s1: 'friends 0..0' });
    expect(placesOf(moveSteps(map, ['s1'], { columnDelta: 0, laneDelta: 2 }))).toEqual({ s1: 'claims 0..0' });
  });

  it('dropped onto other journey steps, falls in between: the rest shifts right, process steps and stages with it', () => {
    const result = moveSteps(frozen(claimMap()), ['s4'], { columnDelta: -2, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ s1: 'cust 0..0', s2: 'cust 2..2', s3: 'cust 3..3', s4: 'cust 1..1', p1: 'claims 2..3', p2: 'repair 4..4' });
    expect(stagesOf(result)).toEqual({ buy: '2..3' });
    expectValid(result);
  });

  it('grows a process step and a stage that straddle the landing column', () => {
    const result = moveSteps(claimMap(), ['s1'], { columnDelta: 2, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ s1: 'cust 2..2', s2: 'cust 1..1', s3: 'cust 3..3', s4: 'cust 4..4', p1: 'claims 1..3', p2: 'repair 4..4' });
    expect(stagesOf(result)).toEqual({ buy: '1..3' });
  });

  it('makes room for the whole moved group in that lane', () => {
    const result = moveSteps(claimMap(), ['s1', 's2'], { columnDelta: 2, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ s1: 'cust 2..2', s2: 'cust 3..3', s3: 'cust 4..4', s4: 'cust 5..5', p1: 'claims 1..4', p2: 'repair 5..5' });
    expect(stagesOf(result)).toEqual({ buy: '1..4' });
  });

  it('with steps landing in two journey lanes, room made in one never pushes a step onto those landed in the other', () => {
    const map = mapOf([lane('j1', 'journey'), lane('j2', 'journey')], [step('a', 'j1', 1), step('x', 'j1', 2), step('b', 'j1', 4), step('c', 'j2', 2), step('y', 'j2', 1)]);
    // c lands on y, so a column goes in at 1; that pushes x, which sat between a and b, onto b.
    const result = moveSteps(map, ['a', 'b', 'c'], { columnDelta: -1, laneDelta: 0 });
    expect(placesOf(result)).toEqual({ a: 'j1 0..0', b: 'j1 3..3', x: 'j1 7..7', c: 'j2 1..1', y: 'j2 6..6' });
  });

  it('lets a process step land on another one without shifting anything', () => {
    const result = moveSteps(claimMap(), ['p2'], { columnDelta: -1, laneDelta: -1 });
    expect(placesOf(result)).toEqual({ ...unchanged, p2: 'claims 2..2' });
  });

  it('keeps every field of the moved steps', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', 0, 2, { emotion: 3, painPoints: ['slow'] })]);
    expect(moveSteps(map, ['a'], { columnDelta: 4, laneDelta: 0 }).steps[0]).toEqual({ ...map.steps[0], column: 4 });
  });

  it('returns the same map when nothing moves', () => {
    const map = claimMap();
    expect(moveSteps(map, ['s1'], { columnDelta: 0, laneDelta: 0 })).toBe(map);
    expect(moveSteps(map, ['nope'], { columnDelta: 3, laneDelta: 1 })).toBe(map);
    expect(moveSteps(map, [], { columnDelta: 3, laneDelta: 1 })).toBe(map);
    expect(moveSteps(map, ['s1'], { columnDelta: -1, laneDelta: -1 })).toBe(map);
    expect(moveSteps(map, ['p2'], { columnDelta: Number.NaN, laneDelta: 3 })).toBe(map);
  });
});

describe('moveStepTo', () => {
  it('drops a step on a journey cell in between the moments there', () => {
    const result = moveStepTo(frozen(claimMap()), 'p2', { laneId: 'cust', column: 1 });
    expect(placesOf(result)).toEqual({ s1: 'cust 0..0', p2: 'cust 1..1', s2: 'cust 2..2', s3: 'cust 3..3', s4: 'cust 4..4', p1: 'claims 2..3' });
    expect(stagesOf(result)).toEqual({ buy: '2..3' });
    expectValid(result);
  });

  it('moves to a free cell of another lane', () => {
    expect(placesOf(moveStepTo(claimMap(), 's4', { laneId: 'friends', column: 7 }))).toEqual({ ...unchanged, s4: 'friends 7..7' });
  });

  it('returns the same map for the place it is already at, an unknown lane or an unknown step', () => {
    const map = claimMap();
    expect(moveStepTo(map, 's2', { laneId: 'cust', column: 1 })).toBe(map);
    expect(moveStepTo(map, 's2', { laneId: 'nope', column: 5 })).toBe(map);
    expect(moveStepTo(map, 'nope', { laneId: 'cust', column: 5 })).toBe(map);
  });
});

describe('resizeStep', () => {
  it('sets the span, as a whole number of at least one column, without pushing neighbours', () => {
    const map = frozen(claimMap());
    expect(placesOf(resizeStep(map, 's1', 3))).toEqual({ ...unchanged, s1: 'cust 0..2' });
    expect(placesOf(resizeStep(map, 'p1', 0))).toEqual({ ...unchanged, p1: 'claims 1..1' });
    expect(placesOf(resizeStep(map, 'p1', 3.4))).toEqual({ ...unchanged, p1: 'claims 1..3' });
  });

  it('returns the same map for the same span, an unknown step or no number', () => {
    const map = claimMap();
    expect(resizeStep(map, 'p1', 2)).toBe(map);
    expect(resizeStep(map, 'nope', 2)).toBe(map);
    expect(resizeStep(map, 'p1', Number.NaN)).toBe(map);
  });
});

describe('updateStep', () => {
  it('sets the title and fields the inspector edits, keeping the others', () => {
    const map = frozen(mapOf([lane('j', 'journey'), lane('p', 'process')], [step('a', 'j', 0, 1, { emotion: -1, tags: ['x'] })]));
    const result = updateStep(map, 'a', { title: 'Calls the hotline', emotion: 2, laneId: 'p', column: 4, span: 2 });
    expect(result.steps[0]).toEqual({ id: 'a', laneId: 'p', title: 'Calls the hotline', column: 4, span: 2, emotion: 2, tags: ['x'] });
    expectValid(result);
  });

  it('removes a field patched to undefined', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', 0, 1, { emotion: -1 })]);
    expect(updateStep(map, 'a', { emotion: undefined }).steps[0]).toEqual(step('a', 'j', 0));
  });

  it('clamps numbers and ignores values a map cannot hold', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', 3, 2)]);
    expect(updateStep(map, 'a', { column: -4, span: -1 }).steps[0]).toMatchObject({ column: 0, span: 1 });
    expect(updateStep(map, 'a', { column: 2.7 }).steps[0]).toMatchObject({ column: 3 });
    const ignored = { laneId: 'nope', id: 'b', title: 7 as unknown as string, column: 'x' as unknown as number, big: 10n, call: () => 1 };
    expect(updateStep(map, 'a', ignored)).toBe(map);
  });

  it('returns the same map when nothing changes', () => {
    const map = mapOf([lane('j', 'journey')], [step('a', 'j', 3, 2, { emotion: 1 })]);
    expect(updateStep(map, 'a', { title: 'Step a', column: 3, emotion: 1, gone: undefined })).toBe(map);
    expect(updateStep(map, 'nope', { title: 'x' })).toBe(map);
  });
});

describe('deleteSteps', () => {
  it('removes the steps and leaves everything else', () => {
    const map = frozen(claimMap());
    const result = deleteSteps(map, ['s2', 'p1', 'nope']);
    expect(Object.keys(placesOf(result))).toEqual(['s1', 's3', 's4', 'p2']);
    expect(result.steps[0]).toBe(map.steps[0]);
  });

  it('returns the same map when no id names a step', () => {
    const map = claimMap();
    expect(deleteSteps(map, ['nope'])).toBe(map);
    expect(deleteSteps(map, [])).toBe(map);
  });
});

describe('duplicateSteps', () => {
  it('puts copies right after the selection, making room in the journey lane', () => {
    const map = frozen(claimMap());
    const { map: result, stepIds } = duplicateSteps(map, ['s3', 's2']);
    expect(stepIds).toEqual(['step-1', 'step-2']);
    expect(placesOf(result)).toEqual({ ...unchanged, 'step-1': 'cust 3..3', 'step-2': 'cust 4..4', s4: 'cust 5..5', p2: 'repair 5..5' });
    expect(result.steps.find((s) => s.id === 'step-1')).toEqual({ ...map.steps[1], id: 'step-1', column: 3 });
    expectValid(result);
  });

  it('keeps the layout of a selection across lanes', () => {
    const { map: result, stepIds } = duplicateSteps(claimMap(), ['s1', 'p1']);
    expect(placesOf(result)).toMatchObject({ [stepIds[0]!]: 'cust 3..3', [stepIds[1]!]: 'claims 4..5', s4: 'cust 4..4', p2: 'repair 4..4' });
  });

  it('copies every field', () => {
    const map = mapOf([lane('p', 'process')], [step('a', 'p', 0, 2, { owner: 'Claims', data: { sla: 2 } })]);
    const { map: result } = duplicateSteps(map, ['a']);
    expect(result.steps[1]).toEqual({ ...map.steps[0], id: 'step-1', column: 2 });
  });

  it('returns the same map and no ids when nothing is selected', () => {
    const map = claimMap();
    expect(duplicateSteps(map, ['nope'])).toEqual({ map, stepIds: [] });
    expect(duplicateSteps(map, []).map).toBe(map);
  });
});
