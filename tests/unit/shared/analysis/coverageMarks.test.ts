import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { coverageMarks } from '../../../../shared/analysis/coverageMarks';
import type { JourneyMap, LaneKind } from '../../../../shared/model/journeyMap';

const lane = (id: string, kind: LaneKind) => ({ id, kind, title: id });
const step = (id: string, laneId: string, column: number) => ({ id, laneId, title: id, column, span: 1 });

const MAP: JourneyMap = {
  id: 'm',
  title: 'Marks',
  stages: [],
  lanes: [lane('j', 'journey'), lane('c', 'context'), lane('p', 'process')],
  steps: [step('alone', 'j', 0), step('met', 'j', 1), step('friend', 'c', 0), step('work', 'p', 1), step('back', 'p', 3)],
};

describe('coverageMarks', () => {
  it('marks covered journey steps as touchpoints and process work no journey step meets as inside-out, nothing else', () => {
    const marks = coverageMarks(MAP, analyseCoverage(MAP));
    expect([...marks.entries()].sort()).toEqual([
      ['back', 'unanchored'],
      ['met', 'touchpoint'],
    ]);
  });

  it('works out the marks once per map object, for the canvas and every printed tile alike', () => {
    expect(coverageMarks(MAP, analyseCoverage(MAP))).toBe(coverageMarks(MAP, analyseCoverage(MAP)));
  });
});
