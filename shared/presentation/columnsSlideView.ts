import type { CoverageAnalysis, GapKind } from '../analysis/coverage';
import { coverageMarks, type CoverageMark } from '../analysis/coverageMarks';
import { laneDetail, orderLanes } from '../layout/layoutMap';
import { stackRows } from '../layout/stackRows';
import { lastColumnOf, type JourneyMap, type LaneKind, type Step } from '../model/journeyMap';
import { stepCountLabel } from '../words/figureWords';
import { gapKindLabel } from '../words/gapKindWords';
import { laneName } from '../words/laneNames';
import type { ColumnsSlide } from './slides';

/** Where something sits across a slide's columns: the first one it reaches (from 0) and how many, and whether it goes on past either edge. */
export interface SlideSpan {
  readonly from: number;
  readonly span: number;
  readonly continuesLeft: boolean;
  readonly continuesRight: boolean;
}

/** A card on a slide. */
export interface SlideCard extends SlideSpan {
  readonly stepId: string;
  readonly title: string;
  /** Which stacked row of its lane the card is in: 0 unless it shares a column with an earlier card. */
  readonly row: number;
  readonly mark: CoverageMark | null;
  /** A journey step of one of the slide's gaps. */
  readonly inGap: boolean;
  readonly momentThatMatters: boolean;
  readonly painPoints: number;
}

/** A lane on a slide, with its cards. */
export interface SlideLane {
  readonly laneId: string;
  readonly kind: LaneKind;
  readonly title: string;
  /** The journey's persona or the process's owner; null when not named. */
  readonly detail: string | null;
  /** How many rows of cards the lane needs here. */
  readonly rows: number;
  readonly cards: readonly SlideCard[];
}

/** A gap on a slide: spotlighted over its columns and labelled as the canvas labels it. */
export interface SlideGap extends SlideSpan {
  readonly laneId: string;
  readonly kind: GapKind;
  /** "Before · 3 steps": the gap's kind and how many steps it holds in all. */
  readonly words: string;
  readonly severity: number;
}

/** What a slide of columns shows. */
export interface ColumnsSlideView {
  readonly columns: readonly number[];
  /** The journey lanes always; context and process lanes that have a card here. Journey, context, process. */
  readonly lanes: readonly SlideLane[];
  readonly gaps: readonly SlideGap[];
  /** The journey steps shown, and how many of them the organisation covers. */
  readonly journeySteps: number;
  readonly covered: number;
  /** Whether a process lane has a card here: when none has, the organisation is absent from these columns. */
  readonly organisationPresent: boolean;
}

/**
 * What a slide of columns shows: each lane's cards over the slide's columns, cut at its edges,
 * stacked where they share a column; the gaps that reach into the slide; and the coverage of the
 * journey steps shown. O(steps) per slide, so only the slide on screen costs anything.
 */
export function columnsSlideView(map: JourneyMap, analysis: CoverageAnalysis, slide: Pick<ColumnsSlide, 'columns'>): ColumnsSlideView {
  const { columns } = slide;
  const indexOf = new Map(columns.map((column, index) => [column, index]));
  const spanOf = (first: number, last: number): SlideSpan | null => {
    const shown = columns.filter((column) => column >= first && column <= last);
    if (shown.length === 0) return null;
    return { from: indexOf.get(shown[0]!)!, span: shown.length, continuesLeft: first < shown[0]!, continuesRight: last > shown[shown.length - 1]! };
  };

  const inGap = new Set<string>();
  const gaps: SlideGap[] = [];
  for (const lane of analysis.lanes) {
    for (const gap of lane.gaps) {
      const span = spanOf(gap.fromColumn, gap.toColumn);
      if (!span) continue;
      for (const id of gap.stepIds) inGap.add(id);
      gaps.push({ ...span, laneId: lane.laneId, kind: gap.kind, words: `${gapKindLabel(gap.kind)} · ${stepCountLabel(gap.stepIds.length)}`, severity: gap.severity });
    }
  }

  const marks = coverageMarks(map, analysis);
  const shownSteps = new Map<string, { step: Step; span: SlideSpan }[]>();
  for (const step of map.steps) {
    const span = columns.length > 0 ? spanOf(step.column, lastColumnOf(step)) : null;
    if (!span) continue;
    const list = shownSteps.get(step.laneId) ?? [];
    list.push({ step, span });
    shownSteps.set(step.laneId, list);
  }

  const numberInKind = new Map<LaneKind, number>();
  const lanes: SlideLane[] = [];
  let journeySteps = 0;
  let covered = 0;
  for (const lane of orderLanes(map.lanes)) {
    const number = (numberInKind.get(lane.kind) ?? 0) + 1;
    numberInKind.set(lane.kind, number);
    const shown = shownSteps.get(lane.id) ?? [];
    if (shown.length === 0 && lane.kind !== 'journey') continue;
    // Stacked by where the cards are on the slide, so a card cut at the edge does not push another down.
    const { rowOf, rowCount } = stackRows(shown.map(({ step, span }) => ({ ...step, column: span.from, span: span.span })));
    const cards = shown.map(({ step, span }): SlideCard => ({
      ...span,
      stepId: step.id,
      title: step.title,
      row: rowOf.get(step.id) ?? 0,
      mark: marks.get(step.id) ?? null,
      inGap: inGap.has(step.id),
      momentThatMatters: step.momentThatMatters === true,
      painPoints: step.painPoints?.length ?? 0,
    }));
    if (lane.kind === 'journey') {
      journeySteps += cards.length;
      covered += cards.filter((card) => card.mark === 'touchpoint').length;
    }
    lanes.push({ laneId: lane.id, kind: lane.kind, title: laneName(lane, number), detail: laneDetail(lane, map), rows: rowCount, cards });
  }
  return { columns, lanes, gaps, journeySteps, covered, organisationPresent: lanes.some((lane) => lane.kind === 'process') };
}
