import { lastColumnOf, type JourneyMap, type Stage } from '../model/journeyMap';

/**
 * At most this many columns share a slide: at 1280 × 720 five columns leave each card room for
 * its title at twice the canvas's type size.
 */
export const MAX_SLIDE_COLUMNS = 5;

/** The map's journey at a glance: the journey lanes with each stage's coverage as a strip. */
export interface OverviewSlide {
  readonly kind: 'overview';
}

/**
 * Some columns of the map, large: a stage's, or a part of a stage that holds more columns than
 * fit one slide; on a map without stages, a group of columns.
 */
export interface ColumnsSlide {
  readonly kind: 'stage';
  /** The stage shown; null for a group of columns of a map without stages. */
  readonly stageId: string | null;
  /** The stage's title (as typed, possibly blank); blank for a group of columns. */
  readonly title: string;
  /** The columns shown, in order: those of the range that hold a step. Empty for a stage without steps. */
  readonly columns: readonly number[];
  /** Which part of its stage (or of the map's groups) this is, from 1, and of how many. */
  readonly part: number;
  readonly parts: number;
}

/** Where to act: the gaps most severe first, the room's votes, the open opportunities. */
export interface SummarySlide {
  readonly kind: 'summary';
}

/** One slide of a presentation. */
export type Slide = OverviewSlide | ColumnsSlide | SummarySlide;

/** What a slide is, as the automation API names it. */
export type SlideKind = Slide['kind'];

/**
 * The slides of a map, in the order they are shown: an overview, then one slide per stage in
 * column order (a stage with more than five columns holding steps gets as many slides as it
 * needs, evenly split), then a summary. A map without stages is shown in groups of at most five of
 * its columns that hold steps. Only columns holding a step are shown: an empty column says nothing
 * to the room, and a stage without steps still gets its slide, which says so.
 */
export function slidesOf(map: JourneyMap): Slide[] {
  const used = usedColumns(map);
  const middle: ColumnsSlide[] =
    map.stages.length > 0 ? stagesInOrder(map.stages).flatMap((stage) => stageSlides(stage, within(used, stage.fromColumn, stage.toColumn))) : groupSlides(used);
  return [{ kind: 'overview' }, ...middle, { kind: 'summary' }];
}

function stageSlides(stage: Stage, columns: readonly number[]): ColumnsSlide[] {
  const parts = evenParts(columns);
  return parts.map((part, index) => ({ kind: 'stage', stageId: stage.id, title: stage.title, columns: part, part: index + 1, parts: parts.length }));
}

function groupSlides(columns: readonly number[]): ColumnsSlide[] {
  if (columns.length === 0) return [];
  const parts = evenParts(columns);
  return parts.map((part, index) => ({ kind: 'stage', stageId: null, title: '', columns: part, part: index + 1, parts: parts.length }));
}

/** Columns cut into the fewest parts of at most five, as even as they go (seven make four and three, not five and two). */
function evenParts(columns: readonly number[]): (readonly number[])[] {
  if (columns.length === 0) return [[]];
  const count = Math.ceil(columns.length / MAX_SLIDE_COLUMNS);
  const size = Math.ceil(columns.length / count);
  const parts: (readonly number[])[] = [];
  for (let start = 0; start < columns.length; start += size) parts.push(columns.slice(start, start + size));
  return parts;
}

// Stages by their first column; stages starting together keep the file's order (the sort is stable).
function stagesInOrder(stages: readonly Stage[]): Stage[] {
  return [...stages].sort((a, b) => a.fromColumn - b.fromColumn);
}

/** Every column some step occupies, ascending. O(n log n + columns in use), whatever the column numbers. */
export function usedColumns(map: Pick<JourneyMap, 'steps'>): number[] {
  const ranges = map.steps.map((step) => [step.column, lastColumnOf(step)] as const).sort((a, b) => a[0] - b[0]);
  const columns: number[] = [];
  let next = 0;
  for (const [first, last] of ranges) {
    for (let column = Math.max(first, next); column <= last; column++) columns.push(column);
    next = Math.max(next, last + 1);
  }
  return columns;
}

/** The columns of an ascending list that lie in `[from, to]`, found by binary search. */
function within(columns: readonly number[], from: number, to: number): number[] {
  let low = 0;
  let high = columns.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (columns[mid]! < from) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < columns.length && columns[i]! <= to; i++) found.push(columns[i]!);
  return found;
}
