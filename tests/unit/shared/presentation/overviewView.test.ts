import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { OVERVIEW_TITLES_UP_TO, overviewView } from '../../../../shared/presentation/overviewView';
import { homeInsurance } from '../../support/homeInsurance';

const HOME = homeInsurance();
const viewOf = (map: JourneyMap) => overviewView(map, analyseCoverage(map));

describe('the overview', () => {
  it('lays the journey columns side by side with each stage over its own and its coverage', () => {
    const view = viewOf(HOME);
    expect(view.columns).toBe(10);
    expect(view.stages.map((stage) => [stage.title, stage.from, stage.span, stage.covered, stage.steps])).toEqual([
      ['Something happens', 0, 3, 0, 3],
      ['Claim', 3, 4, 4, 4],
      ['Back to normal', 7, 3, 0, 3],
    ]);
  });

  it('draws the journey lane as a strip of gaps and covered stretches, cut where a stage ends', () => {
    const [lane] = viewOf(HOME).lanes;
    expect(lane!.runs.map((run) => [run.from, run.span, run.state, run.gapKind])).toEqual([
      [0, 3, 'gap', 'before'],
      [3, 4, 'covered', null],
      [7, 3, 'gap', 'after'],
    ]);
    expect([lane!.title, lane!.detail, lane!.covered, lane!.steps]).toEqual(['Home owner', 'Eva Jansen', 4, 10]);
    expect(lane!.cards!.map((card) => card.title)).toEqual(HOME.steps.filter((step) => step.laneId === 'cust').map((step) => step.title));
  });

  it('names the steps of a short journey only, and keeps a long one to a few runs', () => {
    const journey = (count: number): JourneyMap => ({
      id: 'm',
      title: '',
      stages: [],
      lanes: [{ id: 'j', kind: 'journey', title: 'J' }, { id: 'p', kind: 'process', title: 'P' }],
      steps: [...Array.from({ length: count }, (_, column): Step => ({ id: `s${column}`, laneId: 'j', title: `S${column}`, column, span: 1 })), { id: 'p', laneId: 'p', title: 'P', column: 2, span: 3 }],
    });
    expect(viewOf(journey(OVERVIEW_TITLES_UP_TO)).lanes[0]!.cards).toHaveLength(OVERVIEW_TITLES_UP_TO);
    const long = viewOf(journey(1000)).lanes[0]!;
    expect(long.cards).toBeNull();
    expect(long.runs.map((run) => [run.from, run.span, run.state])).toEqual([
      [0, 2, 'gap'],
      [2, 3, 'covered'],
      [5, 995, 'gap'],
    ]);
  });

  it('shows a map without a journey lane as nothing to lay out', () => {
    const view = viewOf({ id: 'm', title: '', stages: [], lanes: [], steps: [] });
    expect(view).toEqual({ columns: 0, stages: [], lanes: [] });
  });
});
