import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap, Step } from '../../../../shared/model/journeyMap';
import { columnsSlideView } from '../../../../shared/presentation/columnsSlideView';
import { slidesOf, type ColumnsSlide } from '../../../../shared/presentation/slides';
import { fixtureText, loaded } from '../../support/fixtures';

const HOME = loaded(parse(fixtureText('examples', 'home-insurance-claim.journey')));
const viewOf = (map: JourneyMap, columns: readonly number[]) => columnsSlideView(map, analyseCoverage(map), { columns });
const stageSlide = (map: JourneyMap, title: string): ColumnsSlide => slidesOf(map).find((slide): slide is ColumnsSlide => slide.kind === 'stage' && slide.title === title)!;

describe('a slide of a stage', () => {
  it('shows the journey, then the context and process lanes that have a card in its columns', () => {
    const claim = viewOf(HOME, stageSlide(HOME, 'Claim').columns);
    expect(claim.lanes.map((lane) => lane.title)).toEqual(['Home owner', 'Contact centre', 'Claims handling', 'Finance']);
    expect(claim.lanes[0]!.cards.map((card) => [card.title, card.from, card.span])).toEqual([
      ['Calls the insurer', 0, 1],
      ['Waits for the assessor', 1, 1],
      ['Gets the decision', 2, 1],
      ['Receives the payment', 3, 1],
    ]);
    expect(claim.lanes.find((lane) => lane.title === 'Claims handling')!.cards.map((card) => [card.title, card.from, card.span])).toEqual([['Assign and visit', 1, 2]]);
    expect([claim.covered, claim.journeySteps]).toEqual([4, 4]);
    expect(claim.gaps).toEqual([]);
    expect(claim.organisationPresent).toBe(true);
  });

  it('spotlights the gap of its columns with the words the canvas uses, and says when no team is there', () => {
    const start = viewOf(HOME, stageSlide(HOME, 'Something happens').columns);
    expect(start.gaps.map((gap) => [gap.words, gap.from, gap.span, gap.continuesLeft, gap.continuesRight])).toEqual([['Before · 3 steps', 0, 3, false, false]]);
    expect(start.lanes.map((lane) => lane.kind)).toEqual(['journey', 'context']);
    expect(start.lanes[0]!.cards.every((card) => card.inGap && card.mark === null)).toBe(true);
    expect(start.organisationPresent).toBe(false);
    expect([start.covered, start.journeySteps]).toEqual([0, 3]);
  });

  it('cuts a card and a gap at its edges and says they go on', () => {
    // "Roofers' quotes" spans columns 7–8; the after gap runs over 7–9.
    const cut = viewOf(HOME, [8, 9]);
    const quotes = cut.lanes.find((lane) => lane.kind === 'context')!.cards[0]!;
    expect([quotes.title, quotes.from, quotes.span, quotes.continuesLeft, quotes.continuesRight]).toEqual(["Roofers' quotes", 0, 1, true, false]);
    expect(cut.gaps.map((gap) => [gap.words, gap.from, gap.span, gap.continuesLeft])).toEqual([['After · 3 steps', 0, 2, true]]);
  });

  it('stacks cards that share a column on the slide into rows', () => {
    const steps: Step[] = [
      { id: 'a', laneId: 'p', title: 'A', column: 0, span: 2 },
      { id: 'b', laneId: 'p', title: 'B', column: 1, span: 1 },
      { id: 'j', laneId: 'j', title: 'J', column: 0, span: 1 },
    ];
    const map: JourneyMap = { id: 'm', title: '', stages: [], lanes: [{ id: 'j', kind: 'journey', title: '' }, { id: 'p', kind: 'process', title: '' }], steps };
    const lanes = viewOf(map, [0, 1]).lanes;
    expect(lanes.map((lane) => [lane.title, lane.rows])).toEqual([
      ['Journey lane 1', 1],
      ['Process lane 1', 2],
    ]);
    expect(lanes[1]!.cards.map((card) => [card.stepId, card.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('shows the journey lanes of a stage without steps, and nothing in them', () => {
    const view = viewOf(HOME, []);
    expect(view.lanes.map((lane) => [lane.title, lane.cards.length])).toEqual([['Home owner', 0]]);
    expect(view.gaps).toEqual([]);
  });
});
