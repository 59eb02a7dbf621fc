import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import type { DeckText } from '../../../../shared/deck/deckShapes';
import { overviewShapes } from '../../../../shared/deck/overviewShapes';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { MIN_OVERVIEW_TEXT_PT, pageArea, PX_PER_PT } from '../../../../shared/report/pageGeometry';
import { syntheticMap } from '../../../bench/syntheticMap';
import { template } from '../../support/templates';

// The report's overview on an A4 landscape page, as OverviewSection frames it.
const area = pageArea({ page: 'A4', orientation: 'landscape' });
const PAGE = { x: 0, y: 0, w: area.width / PX_PER_PT, h: (area.height - 160) / PX_PER_PT, minSize: MIN_OVERVIEW_TEXT_PT, maxSize: 9 };
const texts = (map: JourneyMap, frame = PAGE): DeckText[] => overviewShapes(map, analyseCoverage(map), frame).filter((shape): shape is DeckText => shape.kind === 'text');

describe('the overview', () => {
  for (const [name, map] of [
    ['the home-insurance example', template('home-insurance-claim')],
    ['the B2B example', template('b2b-services')],
    ['a 300-step map', syntheticMap(300)],
  ] as const) {
    it(`of ${name} fits its frame and sets nothing below 6 pt`, () => {
      const shapes = overviewShapes(map, analyseCoverage(map), PAGE);
      for (const shape of shapes) {
        expect(shape.y + shape.h).toBeLessThanOrEqual(PAGE.y + PAGE.h + 0.5);
        if (shape.kind === 'text') expect(shape.size).toBeGreaterThanOrEqual(MIN_OVERVIEW_TEXT_PT);
      }
    });
  }

  it('of the home-insurance example shows every journey step by its whole title', () => {
    const map = template('home-insurance-claim');
    const shown = texts(map).map((text) => text.runs.map((run) => run.text).join(' '));
    const journey = new Set(map.lanes.filter((lane) => lane.kind === 'journey').map((lane) => lane.id));
    for (const step of map.steps.filter((candidate) => journey.has(candidate.laneId))) expect(shown).toContain(step.title);
  });
});
