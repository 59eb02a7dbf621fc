import { describe, expect, it } from 'vitest';
import { moveSteps, updateStep } from '../../../../shared/edit/steps';
import { editorLayout } from '../../../../renderer/canvas/canvasLayout';
import { analysisOf } from '../../../../renderer/store/analysisOf';
import { claimMap } from '../../shared/edit/editSupport';

const layoutOf = (map: ReturnType<typeof claimMap>) => editorLayout(map, analysisOf(map));

describe('the editor layout after a keystroke', () => {
  it('keeps the analysis, the gaps and every other card as they were, with one new box for the retitled step', () => {
    const map = claimMap();
    const before = layoutOf(map);
    const typed = updateStep(map, 's2', { title: 'Step s2 at night' });
    const after = layoutOf(typed);
    expect(analysisOf(typed)).toBe(analysisOf(map));
    expect(after.gaps).toBe(before.gaps);
    expect(after.lanes).toBe(before.lanes);
    for (const box of after.steps) {
      if (box.stepId === 's2') expect(box).toEqual({ ...before.steps.find((old) => old.stepId === 's2')!, title: 'Step s2 at night' });
      else expect(box).toBe(before.steps.find((old) => old.stepId === box.stepId));
    }
  });

  it('lays out again, with new gaps, when a step moves', () => {
    const map = claimMap();
    const before = layoutOf(map);
    const moved = moveSteps(map, ['p1'], { columnDelta: 2, laneDelta: 0 });
    const after = layoutOf(moved);
    expect(analysisOf(moved)).not.toBe(analysisOf(map));
    expect(after.gaps).not.toEqual(before.gaps);
  });
});
