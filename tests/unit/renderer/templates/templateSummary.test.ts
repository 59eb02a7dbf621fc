import { describe, expect, it } from 'vitest';
import { defaultStages } from '../../../../shared/edit/defaultStages';
import type { JourneyMap, Lane, Step } from '../../../../shared/model/journeyMap';
import { templateSummary } from '../../../../renderer/templates/templateSummary';

const lane = (id: string, kind: Lane['kind']): Lane => ({ id, kind, title: id });
const step = (id: string, laneId: string, column: number): Step => ({ id, laneId, title: id, column, span: 1 });
const mapOf = (lanes: Lane[], steps: Step[]): JourneyMap => ({ id: 'm', title: 'M', stages: [], lanes, steps });

describe('templateSummary', () => {
  it('counts journey steps and lanes, and names the gaps by kind in journey order', () => {
    const map = mapOf(
      [lane('j', 'journey'), lane('x', 'context'), lane('p', 'process')],
      [step('a', 'j', 0), step('b', 'j', 1), step('c', 'j', 2), step('d', 'j', 3), step('e', 'j', 4), step('x1', 'x', 0), step('p1', 'p', 1), step('p2', 'p', 3)],
    );
    expect(templateSummary(map)).toBe('5 journey steps · 3 lanes · 3 gaps before, between and after');
  });

  it('speaks of one in the singular, and of a journey nobody accompanies', () => {
    expect(templateSummary(mapOf([lane('j', 'journey')], [step('a', 'j', 0)]))).toBe('1 journey step · 1 lane · 1 gap over the whole journey');
    expect(templateSummary(mapOf([lane('j', 'journey'), lane('p', 'process')], [step('a', 'j', 0), step('p1', 'p', 0)]))).toBe('1 journey step · 2 lanes · no gaps');
  });

  it('names the stages of a map with no steps yet', () => {
    expect(templateSummary({ ...mapOf([lane('j', 'journey'), lane('p', 'process')], []), stages: defaultStages() })).toBe('8 stages · 2 lanes · no steps yet');
  });
});
