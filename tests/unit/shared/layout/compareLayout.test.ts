import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffMaps } from '../../../../shared/compare/diffMaps';
import { parse } from '../../../../shared/format/parse';
import { compareLayout, REMOVED_PREFIX } from '../../../../shared/layout/compareLayout';
import { FIXTURES, loaded } from '../../support/fixtures';

const read = (name: string) => loaded(parse(readFileSync(join(FIXTURES, 'compare', name), 'utf8')));

describe('compareLayout', () => {
  const before = read('home-insurance-as-is.journey');
  const after = read('home-insurance-to-be.journey');
  const view = compareLayout(before, after, diffMaps(before, after));

  it('draws the map after with the removed step ghosted where it was', () => {
    const ghost = view.layout.steps.find((box) => box.stepId === `${REMOVED_PREFIX}p4`)!;
    expect(ghost).toMatchObject({ laneId: 'finance', column: 11 });
    expect(view.map.steps).toHaveLength(after.steps.length + 1);
  });

  it('marks each changed card with what happened and its words', () => {
    const marks = Object.fromEntries(view.steps.map((mark) => [mark.stepId, mark]));
    expect(marks.t1!.kinds).toEqual(['added']);
    expect(marks[`${REMOVED_PREFIX}p4`]!.kinds).toEqual(['removed']);
    expect(marks.p3).toMatchObject({ kinds: ['moved'], detail: 'from column 7' });
    expect(marks.c5).toMatchObject({ kinds: ['changed'], detail: 'was “Waits for the assessor”' });
  });

  it('marks the gaps closed, opened and changed over their steps, and labels the bands', () => {
    expect(view.gaps.map((gap) => [gap.kind, gap.label, gap.detail])).toEqual([
      ['closed', 'Closed', 'Before · 3 steps · severity 7.0 → 0'],
      ['opened', 'Opened', 'Between · 1 step · severity 0 → 1.0'],
      ['changed', 'Shrunk', 'After · 3 steps → After · 2 steps · severity 4.0 → 2.0'],
    ]);
    const closed = view.gaps[0]!.rect;
    const c1 = view.layout.steps.find((box) => box.stepId === 'c1')!;
    const c3 = view.layout.steps.find((box) => box.stepId === 'c3')!;
    expect(closed.x).toBeLessThan(c1.x);
    expect(closed.x + closed.width).toBeGreaterThan(c3.x + c3.width);
    expect(view.layout.gaps.map((gap) => `${gap.label} · ${gap.detail}`)).toEqual(['Opened · Between', 'Shrunk · After']);
  });

  it('overlays both emotion curves of a journey lane in one band, and orders the changes left to right', () => {
    const [pair] = view.emotions;
    expect(pair!.before.band).toBe(pair!.after.band);
    expect(pair!.before.points.find((point) => point.stepId === 'c5')!.emotion).toBe(-2);
    expect(pair!.after.points.find((point) => point.stepId === 'c5')!.emotion).toBe(0);
    expect(view.layout.emotionCurves).toEqual([]);
    const xs = view.stops.map((stop) => stop.rect.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(view.stops).toHaveLength(view.steps.length + view.gaps.length);
  });
});
