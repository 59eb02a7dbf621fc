import { describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import type { JourneyMap, Stage, Step } from '../../../../shared/model/journeyMap';
import { MAX_SLIDE_COLUMNS, slidesOf, usedColumns, type Slide } from '../../../../shared/presentation/slides';
import { fixtureText, loaded } from '../../support/fixtures';

const step = (id: string, laneId: string, column: number, span = 1): Step => ({ id, laneId, title: `Step ${id}`, column, span });
const stage = (id: string, fromColumn: number, toColumn: number, title = `Stage ${id}`): Stage => ({ id, title, fromColumn, toColumn });

const mapOf = (steps: readonly Step[], stages: readonly Stage[] = []): JourneyMap => ({
  id: 'm',
  title: 'Claim',
  stages,
  lanes: [
    { id: 'j', kind: 'journey', title: 'Customer' },
    { id: 'p', kind: 'process', title: 'Claims' },
  ],
  steps,
});

/** Each slide as kind, and for slides of columns the stage and the columns shown. */
const outline = (slides: readonly Slide[]) => slides.map((slide) => (slide.kind === 'stage' ? `${slide.stageId ?? 'group'}:${slide.columns.join(',')}` : slide.kind));

describe('slidesOf', () => {
  it('shows the home-insurance example as an overview, its three stages and a summary', () => {
    const map = loaded(parse(fixtureText('examples', 'home-insurance-claim.journey')));
    const slides = slidesOf(map);
    expect(slides.map((slide) => slide.kind)).toEqual(['overview', 'stage', 'stage', 'stage', 'summary']);
    expect(slides.filter((slide) => slide.kind === 'stage').map((slide) => [slide.title, slide.columns])).toEqual([
      ['Something happens', [0, 1, 2]],
      ['Claim', [3, 4, 5, 6]],
      ['Back to normal', [7, 8, 9]],
    ]);
  });

  it('shows a map without stages in groups of at most five of its columns that hold steps, evenly', () => {
    const steps = [0, 1, 2, 3, 4, 5, 9].map((column) => step(`s${column}`, 'j', column));
    // Seven columns in use (6, 7 and 8 are empty): two slides of four and three, not five and two.
    expect(outline(slidesOf(mapOf(steps)))).toEqual(['overview', 'group:0,1,2,3', 'group:4,5,9', 'summary']);
    const slides = slidesOf(mapOf(steps)).filter((slide) => slide.kind === 'stage');
    expect(slides.map((slide) => [slide.part, slide.parts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('counts a column as in use when any lane has a step there, a wide step filling every column it spans', () => {
    expect(usedColumns({ steps: [step('a', 'j', 0), step('p', 'p', 2, 3), step('b', 'j', 3)] })).toEqual([0, 2, 3, 4]);
    expect(outline(slidesOf(mapOf([step('a', 'j', 0), step('p', 'p', 2, 3)])))).toEqual(['overview', 'group:0,2,3,4', 'summary']);
  });

  it('gives a one-column map one slide between the overview and the summary', () => {
    expect(outline(slidesOf(mapOf([step('a', 'j', 0)])))).toEqual(['overview', 'group:0', 'summary']);
  });

  it('gives an empty map only the overview and the summary', () => {
    expect(outline(slidesOf({ id: 'm', title: '', stages: [], lanes: [], steps: [] }))).toEqual(['overview', 'summary']);
    expect(outline(slidesOf(mapOf([])))).toEqual(['overview', 'summary']);
  });

  it('keeps a slide for a stage that covers no steps, with no columns, so the room sees it is empty', () => {
    const map = mapOf([step('a', 'j', 0), step('b', 'j', 1)], [stage('aware', 0, 1), stage('leave', 5, 7)]);
    expect(outline(slidesOf(map))).toEqual(['overview', 'aware:0,1', 'leave:', 'summary']);
    expect(outline(slidesOf(mapOf([], [stage('aware', 0, 3)])))).toEqual(['overview', 'aware:', 'summary']);
  });

  it('orders stage slides by column whatever the order of the file, and leaves out columns no stage holds', () => {
    const map = mapOf([0, 1, 2, 3, 4].map((column) => step(`s${column}`, 'j', column)), [stage('late', 3, 3), stage('early', 0, 1)]);
    expect(outline(slidesOf(map))).toEqual(['overview', 'early:0,1', 'late:3', 'summary']);
  });

  it('splits a stage with more used columns than fit a slide into parts of the same stage', () => {
    const steps = Array.from({ length: 12 }, (_, column) => step(`s${column}`, 'j', column));
    const slides = slidesOf(mapOf(steps, [stage('use', 0, 11, 'Use')])).filter((slide) => slide.kind === 'stage');
    expect(slides.map((slide) => slide.columns.length)).toEqual([4, 4, 4]);
    expect(slides.every((slide) => slide.stageId === 'use' && slide.title === 'Use' && slide.parts === 3)).toBe(true);
    expect(slides.every((slide) => slide.columns.length <= MAX_SLIDE_COLUMNS)).toBe(true);
  });

  it('cuts a thousand-step journey into slides of at most five columns, each column on exactly one slide', () => {
    const steps = Array.from({ length: 1000 }, (_, column) => step(`s${column}`, 'j', column));
    const slides = slidesOf(mapOf(steps)).filter((slide) => slide.kind === 'stage');
    expect(slides).toHaveLength(200);
    expect(slides.flatMap((slide) => slide.columns)).toEqual(steps.map((s) => s.column));
  });
});
