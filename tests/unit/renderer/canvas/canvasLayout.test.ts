import { describe, expect, it } from 'vitest';
import { moveSteps, updateStep } from '../../../../shared/edit/steps';
import { editorLayout } from '../../../../renderer/canvas/canvasLayout';
import { analysisOf, coverageSourceOf } from '../../../../renderer/store/analysisOf';
import { claimMap } from '../../shared/edit/editSupport';

const layoutOf = (map: ReturnType<typeof claimMap>) => editorLayout(map, analysisOf(map));

describe('the editor layout after a keystroke', () => {
  it('keeps the analysis and the whole layout as they were: the cards read their titles from the store', () => {
    const map = claimMap();
    const before = layoutOf(map);
    const typed = updateStep(map, 's2', { title: 'Step s2 at night' });
    expect(analysisOf(typed)).toBe(analysisOf(map));
    expect(layoutOf(typed)).toBe(before);
    expect(coverageSourceOf(typed)).toBe(coverageSourceOf(map));
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
