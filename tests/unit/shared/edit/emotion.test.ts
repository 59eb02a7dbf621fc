import { describe, expect, it } from 'vitest';
import { setEmotion, setEmotionCurveShown } from '../../../../shared/edit/emotion';
import { expectValid, frozen, lane, mapOf, step } from './editSupport';

const map = frozen(mapOf([lane('cust', 'journey'), lane('claims', 'process')], [step('s1', 'cust', 0), step('s2', 'cust', 1, 1, { emotion: -1 }), step('p1', 'claims', 0)]));

describe('setEmotion', () => {
  it('records a whole emotion from −2 to +2 on a step, leaving the other steps as they are', () => {
    const next = setEmotion(map, 's1', 2);
    expect(next.steps.map((s) => s.emotion)).toEqual([2, -1, undefined]);
    expect(next.steps[1]).toBe(map.steps[1]);
    expectValid(next);
    expect(setEmotion(map, 's2', -2).steps[1]!.emotion).toBe(-2);
  });

  it('removes the field when the emotion is cleared, so the file carries only what was recorded', () => {
    const cleared = setEmotion(map, 's2', null);
    expect('emotion' in cleared.steps[1]!).toBe(false);
    expectValid(cleared);
  });

  it('refuses a value out of range or not whole, and returns the same map when nothing changes (no undo step)', () => {
    for (const bad of [3, -3, 0.5, Number.NaN]) expect(setEmotion(map, 's1', bad)).toBe(map);
    expect(setEmotion(map, 's2', -1)).toBe(map);
    expect(setEmotion(map, 's1', null)).toBe(map);
    expect(setEmotion(map, 'missing', 1)).toBe(map);
  });
});

describe('setEmotionCurveShown', () => {
  it('shows the curve of a journey lane and hides it again by removing the field', () => {
    const shown = setEmotionCurveShown(map, 'cust', true);
    expect(shown.lanes[0]).toEqual({ ...map.lanes[0], showEmotionCurve: true });
    expectValid(shown);
    const hidden = setEmotionCurveShown(shown, 'cust', false);
    expect(hidden.lanes[0]).toEqual(map.lanes[0]);
    expect('showEmotionCurve' in hidden.lanes[0]!).toBe(false);
    expect(hidden.steps).toBe(map.steps);
  });

  it('gives no curve to other lane kinds, and returns the same map when nothing changes', () => {
    expect(setEmotionCurveShown(map, 'claims', true)).toBe(map);
    expect(setEmotionCurveShown(map, 'cust', false)).toBe(map);
    expect(setEmotionCurveShown(map, 'missing', true)).toBe(map);
    const shown = setEmotionCurveShown(map, 'cust', true);
    expect(setEmotionCurveShown(shown, 'cust', true)).toBe(shown);
  });
});
