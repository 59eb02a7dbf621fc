import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { CARD_TITLE_TEXT } from '../../../../shared/layout/cardStyle';
import { GAP_STYLE } from '../../../../shared/layout/gapStyle';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { slidesOf, type ColumnsSlide as ColumnsSlideModel } from '../../../../shared/presentation/slides';
import { ColumnsSlide } from '../../../../renderer/presentation/ColumnsSlide';
import { OverviewSlide } from '../../../../renderer/presentation/OverviewSlide';
import { SummarySlide } from '../../../../renderer/presentation/SummarySlide';
import { homeInsurance } from '../../support/homeInsurance';
import { findAll, hasClass, parseXml, textOf, type XmlElement } from '../../support/xmlTree';

// The slides' painters, read as markup: what they draw against the shared slide model and style.

const HOME = homeInsurance();
const ANALYSIS = analyseCoverage(HOME);
const stage = (map: JourneyMap, title: string): ColumnsSlideModel => slidesOf(map).find((slide): slide is ColumnsSlideModel => slide.kind === 'stage' && slide.title === title)!;
const parsed = (markup: string): XmlElement => parseXml(`<div>${markup}</div>`);
const byClass = (root: XmlElement, name: string): XmlElement[] => findAll(root, (element) => hasClass(element, name));
const styleOf = (element: XmlElement, property: string): string | undefined =>
  element.attributes['style']
    ?.split(';')
    .map((part) => part.split(':'))
    .find(([name]) => name === property)?.[1];

/** A slide-frame length as the painter writes it (`calc(28 * var(--u))`), in frame pixels. */
const framePixels = (length: string | undefined): number => Number(/^calc\(([\d.]+) \* var\(--u\)\)$/.exec(length ?? '')?.[1]);

function columnsSlide(title: string): XmlElement {
  const slide = stage(HOME, title);
  return parsed(renderToStaticMarkup(<ColumnsSlide map={HOME} analysis={ANALYSIS} slide={slide} heading={title} place="Stage 1 of 3" before={null} after="Claim" />));
}

describe('a stage’s slide', () => {
  it('sets every card title at twice its size on the canvas, which is never below 20 px in the 1280 × 720 frame', () => {
    const titles = byClass(columnsSlide('Claim'), 'slide-card__title');
    expect(titles.map(textOf)).toEqual(['Calls the insurer', '★ Waits for the assessor', 'Gets the decision', 'Receives the payment', 'Register the claim', 'Assign and visit', 'Pay out']);
    for (const title of titles) {
      expect(framePixels(styleOf(title, 'font-size'))).toBe(2 * CARD_TITLE_TEXT.size);
      expect(framePixels(styleOf(title, 'font-size'))).toBeGreaterThanOrEqual(20);
    }
  });

  it('spreads the stage’s columns over the width, one grid column each after the lane headers', () => {
    const grid = byClass(columnsSlide('Claim'), 'slide-grid')[0]!;
    expect(styleOf(grid, 'grid-template-columns')).toBe('calc(190 * var(--u)) repeat(4, minmax(0, 1fr))');
    const cards = byClass(grid, 'slide-card');
    expect(cards.map((card) => styleOf(card, 'grid-column'))).toEqual(['2 / span 1', '3 / span 1', '4 / span 1', '5 / span 1', '2 / span 1', '3 / span 2', '5 / span 1']);
  });

  it('spotlights its gap over the journey and down through the lanes shown, labelled with the canvas’s words in the gap’s colours', () => {
    const slide = columnsSlide('Something happens');
    const labels = byClass(slide, 'slide-gap__label');
    expect(labels.map(textOf)).toEqual(['Before · 3 steps']);
    expect(styleOf(labels[0]!, 'color')).toBe(GAP_STYLE.screen.label.colour);
    // No team is there: a row says so, and the gap reaches down into it.
    const absent = byClass(slide, 'slide__absent')[0]!;
    expect(textOf(absent)).toBe('No team of the organisation is involved here.');
    const reach = byClass(slide, 'slide-gap--reach');
    expect(reach).toHaveLength(1);
    expect(styleOf(reach[0]!, 'grid-row')).toBe(`${styleOf(absent, 'grid-row')} / ${Number(styleOf(absent, 'grid-row')) + 1}`);
    expect(textOf(byClass(slide, 'slide__figure')[0]!)).toBe('0 of 3 steps covered');
    expect(textOf(byClass(slide, 'slide__neighbour--after')[0]!)).toBe('Claim ›');
  });

  it('says when a stage has no steps yet', () => {
    const empty = { ...HOME, stages: [...HOME.stages, { id: 'later', title: 'Later', fromColumn: 40, toColumn: 44 }] };
    const slide = stage(empty, 'Later');
    const markup = parsed(renderToStaticMarkup(<ColumnsSlide map={empty} analysis={analyseCoverage(empty)} slide={slide} heading="Later" place="Stage 4 of 4" before="Back to normal" after={null} />));
    expect(textOf(byClass(markup, 'slide__empty')[0]!)).toBe('No steps in this stage yet.');
    expect(byClass(markup, 'slide-grid')).toEqual([]);
  });
});

describe('the overview', () => {
  it('names each stage with its coverage and the journey’s steps, over a strip of gaps and covered stretches', () => {
    const slide = parsed(renderToStaticMarkup(<OverviewSlide map={HOME} analysis={ANALYSIS} heading="Home insurance claim" />));
    expect(byClass(slide, 'overview-stage').map(textOf)).toEqual(['Something happens0 of 3 steps covered', 'Claim4 of 4 steps covered', 'Back to normal0 of 3 steps covered']);
    expect(byClass(slide, 'overview-run').map(textOf)).toEqual(['Before', 'Covered', 'After']);
    expect(byClass(slide, 'overview-step')).toHaveLength(10);
    expect(textOf(byClass(slide, 'slide__figure')[0]!)).toBe('4 of 10 steps covered (40%)');
    expect(textOf(byClass(slide, 'slide__kicker')[0]!)).toBe('Overview · Eva Jansen’s journey');
  });
});

describe('the summary', () => {
  it('lists the gaps, the votes and the open opportunities under their headings', () => {
    const slide = parsed(renderToStaticMarkup(<SummarySlide map={HOME} analysis={ANALYSIS} heading="Where to act" />));
    expect(byClass(slide, 'summary-section__title').map(textOf)).toEqual(['Gaps, most severe first', 'What the room voted for', 'Open opportunities']);
    expect(byClass(slide, 'summary-section__empty').map(textOf)).toEqual(['No vote revealed yet.']);
    expect(byClass(slide, 'summary-item')).toHaveLength(5);
  });
});
