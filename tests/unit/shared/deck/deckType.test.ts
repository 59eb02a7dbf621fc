import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { deckOf } from '../../../../shared/deck/deckOf';
import type { DeckSlide, DeckText } from '../../../../shared/deck/deckShapes';
import { template } from '../../support/templates';

const map = template('home-insurance-claim');
const deck = deckOf(map, analyseCoverage(map), '2026-11-22');
const slide = (kind: DeckSlide['kind']): DeckSlide => deck.slides.find((candidate) => candidate.kind === kind)!;
const textsOf = (kind: DeckSlide['kind']): DeckText[] => slide(kind).shapes.filter((shape): shape is DeckText => shape.kind === 'text');
const sizeOf = (kind: DeckSlide['kind'], words: string): number => {
  const box = textsOf(kind).find((text) => text.runs.map((run) => run.text).join(' ').includes(words));
  expect(box, words).toBeDefined();
  return box!.size;
};

describe("the deck's body text, read from the back of the room", () => {
  it('sets the findings, the gaps and the opportunities at 18 pt or more', () => {
    for (const words of ['The organisation accompanies the customer on 4 of the 10', 'before the organisation’s first contact', 'The organisation is not there at 2 of the 3']) expect(sizeOf('findings', words)).toBeGreaterThanOrEqual(18);
    for (const words of ['Storm damages the roof → Looks up', 'Neighbour helps tarp', 'Before · 3 steps', '14.6']) expect(sizeOf('gaps', words)).toBeGreaterThanOrEqual(18);
    for (const words of ['First-hours guide sent with the storm warning', 'Head of customer communication']) expect(sizeOf('opportunities', words)).toBeGreaterThanOrEqual(18);
  });

  it('sets the cards of a stage with room for them at 18 pt', () => {
    const stage = deck.slides.filter((candidate) => candidate.kind === 'stage')[0]!;
    const card = stage.shapes.find((shape): shape is DeckText => shape.kind === 'text' && shape.runs.some((run) => run.text.includes('Makes the house safe')));
    expect(card?.size).toBe(18);
  });

  it('sets nothing on any slide smaller than the footer', () => {
    for (const each of deck.slides) for (const shape of each.shapes) if (shape.kind === 'text') expect(shape.size, shape.runs[0]?.text).toBeGreaterThanOrEqual(11);
  });
});
