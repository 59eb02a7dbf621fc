import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../shared/analysis/coverage';
import { diffMaps } from '../../../../shared/compare/diffMaps';
import { deckOf, type DeckCompare } from '../../../../shared/deck/deckOf';
import type { DeckShape, DeckSlide, DeckText } from '../../../../shared/deck/deckShapes';
import { deckTextWidth } from '../../../../shared/deck/deckText';
import { BODY, DECK_TYPE } from '../../../../shared/deck/slides/slideFrame';
import { sidesHeading } from '../../../../shared/deck/slides/whatChangedSlides';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { fixtureText, loaded } from '../../support/fixtures';
import { template } from '../../support/templates';

const asIs = loaded(parse(fixtureText('compare', 'home-insurance-as-is.journey')));
const toBe = loaded(parse(fixtureText('compare', 'home-insurance-to-be.journey')));

const deckOfCompare = (before: JourneyMap, after: JourneyMap, names: Partial<DeckCompare> = {}): DeckSlide[] =>
  deckOf(after, analyseCoverage(after), '2026-12-06', { before, beforeName: 'As-is, workshop 1', afterName: 'To-be', ...names }).slides as DeckSlide[];
const textOf = (shape: DeckText): string => shape.runs.map((run) => run.text).join(' ');
const texts = (slide: DeckSlide): DeckText[] => slide.shapes.filter((shape): shape is DeckText => shape.kind === 'text');
const words = (slide: DeckSlide): string => texts(slide).map(textOf).join(' ');
const changedSlides = (slides: readonly DeckSlide[]): DeckSlide[] => slides.filter((slide) => slide.kind === 'whatChanged');
// The footer's number and the deck's count, as every slide but the title says them.
const footerOf = (slide: DeckSlide): string => textOf(texts(slide).at(-1)!);

describe('the What changed slides of a deck exported from the compare view', () => {
  const slides = deckOfCompare(asIs, toBe);
  const changed = changedSlides(slides);

  it('follow the overview, two of them for the home-insurance variants, and the footers count them', () => {
    expect(slides.map((slide) => slide.kind)).toEqual(['title', 'findings', 'overview', 'whatChanged', 'whatChanged', 'stage', 'stage', 'stage', 'gaps', 'emotion', 'opportunities']);
    expect(slides.slice(1).map(footerOf)).toEqual(Array.from({ length: 10 }, (_, index) => `${index + 2} / 11`));
    expect(words(changed[0]!)).toContain('WHAT CHANGED · 1 OF 2');
    expect(words(changed[1]!)).toContain('WHAT CHANGED · 2 OF 2');
    for (const slide of changed) expect(words(slide)).toContain('As-is, workshop 1 → To-be');
  });

  it('say the coverage before → after and each gap closed, opened and changed, with its steps and severity', () => {
    const first = words(changed[0]!);
    expect(first).toContain('Home owner');
    expect(first).toMatch(/Coverage 40\s%\s→\s70\s%/);
    expect(first).toMatch(/Closed Before 3 steps: Storm damages the roof; Makes the house safe; Looks up the policy 7\.0 → 0/);
    expect(first).toMatch(/Opened Between 1 step: Receives the payment 0 → 1\.0/);
    expect(first).toMatch(/Shrunk After 3 steps: .* → 2 steps: .* 4\.0 → 2\.0/);
  });

  it('list every changed step by its title, its lane and what became of it', () => {
    const all = changed.map(words).join(' ');
    const diff = diffMaps(asIs, toBe);
    const titles = [...diff.steps.added, ...diff.steps.moved, ...diff.steps.changed].map((id) => toBe.steps.find((step) => step.id === id)!.title);
    titles.push(...diff.steps.removed.map((id) => asIs.steps.find((step) => step.id === id)!.title));
    expect(titles).toHaveLength(5);
    for (const title of titles) expect(all, title).toContain(title);
    expect(all).toMatch(/Removed Month-end reserve booking Finance column 12/);
    expect(all).toMatch(/Moved Pay out Finance column 7 → column 6/);
    expect(all).toMatch(/Changed Books the assessor online Home owner was “Waits for the assessor”/);
  });

  it('mark each change by a badge as well as a word: dashed for closed and removed, solid for opened and added', () => {
    const badges = (slide: DeckSlide): DeckShape[] => slide.shapes.filter((shape) => shape.kind === 'rect' && shape.radius === 4);
    expect(badges(changed[0]!).map((shape) => shape.kind === 'rect' && shape.dashed === true)).toEqual([true, false, true]);
    expect(badges(changed[1]!).map((shape) => shape.kind === 'rect' && shape.dashed === true)).toEqual([false, false, true, true, true]);
    // Each badge has its glyph drawn as lines over it.
    for (const slide of changed) expect(slide.shapes.filter((shape) => shape.kind === 'path')).toHaveLength(badges(slide).length);
  });

  it('set what they say at 18 pt or more (the columns’ labels, the kicker and the footer aside), inside the body', () => {
    for (const slide of changed) {
      for (const text of texts(slide)) {
        const small = text.size < DECK_TYPE.body;
        if (small) expect(textOf(text), textOf(text)).toMatch(/^[A-Z ,·0-9/]+$|Home insurance claim/);
        if (text.y > BODY.y - 1 && text.y < BODY.y + BODY.h) expect(text.y + text.h, textOf(text)).toBeLessThanOrEqual(BODY.y + BODY.h);
      }
    }
  });

  it('say every row in full in the notes', () => {
    expect(changed[0]!.notes).toContain('Home owner: coverage 40\u00a0% → 70\u00a0%.');
    expect(changed[0]!.notes).toContain('Closed: Before, 3 steps: Storm damages the roof; Makes the house safe; Looks up the policy; severity 7.0 → 0.');
    expect(changed[1]!.notes).toContain('The steps that changed: 2 added, 1 removed, 1 moved, 1 changed.');
    expect(changed[1]!.notes).toContain('Moved: “Pay out” (Finance, column 7 → column 6).');
  });
});

describe('What changed on more slides', () => {
  // Two unrelated maps: nearly every step added or removed, gaps on lanes of either side.
  const slides = changedSlides(deckOfCompare(template('saas-onboarding'), template('home-insurance-claim')));

  it('takes as many slides as the rows need, a group that runs on taking its head along, marked continued', () => {
    expect(slides.length).toBeGreaterThan(3);
    slides.forEach((slide, index) => expect(words(slide)).toContain(`WHAT CHANGED · ${index + 1} OF ${slides.length}`));
    const continued = slides.filter((slide) => words(slide).includes('The steps that changed (continued)'));
    expect(continued.length).toBeGreaterThan(0);
    // A head never ends a slide: each head has a row under it on the same slide.
    for (const slide of slides) {
      const heads = texts(slide).filter((text) => text.size === DECK_TYPE.lead && text.bold === true && text.colour !== '#2f5d7c' && text.y >= BODY.y);
      const lowest = Math.max(...slide.shapes.filter((shape) => shape.kind === 'text' && shape.size === DECK_TYPE.body && shape.y >= BODY.y).map((shape) => shape.y));
      for (const head of heads) expect(lowest, textOf(head)).toBeGreaterThan(head.y);
    }
  });

  it('still lists every step that changed, under its own title', () => {
    const all = slides.map(words).join(' ').replace(/\s+/g, ' ');
    const saas = template('saas-onboarding');
    const home = template('home-insurance-claim');
    const diff = diffMaps(saas, home);
    for (const id of diff.steps.removed) expect(all).toContain(saas.steps.find((step) => step.id === id)!.title);
    for (const id of [...diff.steps.added, ...diff.steps.changed]) expect(all).toContain(home.steps.find((step) => step.id === id)!.title);
  });
});

describe('What changed when nothing did', () => {
  it('is one slide that says so', () => {
    const map = template('home-insurance-claim');
    const slides = deckOfCompare(map, map);
    expect(slides).toHaveLength(7 + map.stages.length);
    const [only] = changedSlides(slides);
    expect(words(only!)).toContain('No gap closed, opened or changed.');
    expect(words(only!)).toContain('No step was added, removed, moved or changed.');
  });
});

describe('sidesHeading', () => {
  const fits = (heading: string): boolean => deckTextWidth(heading, DECK_TYPE.heading, true) <= BODY.w * 0.97;

  it('keeps both names when they fit', () => {
    expect(sidesHeading('As-is, workshop 1', 'To-be')).toBe('As-is, workshop 1 → To-be');
  });

  it('shortens a long name before so that the name after stays whole', () => {
    const heading = sidesHeading('As-is as the steering group saw it in the second workshop, before the pilot', 'To-be');
    expect(heading).toMatch(/^As-is as the .*… → To-be$/);
    expect(fits(heading)).toBe(true);
  });

  it('shares the width when both names are long', () => {
    const long = 'A name far too long for half of a slide at heading size';
    const heading = sidesHeading(long, `${long} again`);
    expect(heading).toMatch(/^A name .*… → A name .*…$/);
    expect(fits(heading)).toBe(true);
  });
});
