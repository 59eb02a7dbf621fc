import type { CoverageAnalysis, GapKind } from '../analysis/coverage';
import { laneDetail } from '../layout/layoutMap';
import { lastColumnOf, type JourneyMap, type Stage } from '../model/journeyMap';
import { laneName } from '../words/laneNames';

/** Up to this many journey columns the overview names every step; beyond, it shows the coverage strips alone. */
export const OVERVIEW_TITLES_UP_TO = 16;

/** A stage over the overview's columns, with how many of its journey steps the organisation covers. */
export interface OverviewStage {
  readonly stageId: string;
  readonly title: string;
  /** The first of the overview's columns it covers (from 0) and how many; a stage without journey steps covers none. */
  readonly from: number;
  readonly span: number;
  readonly steps: number;
  readonly covered: number;
}

/** A stretch of a journey lane's strip: steps covered, steps in a gap, or no step of the lane. */
export interface OverviewRun {
  readonly from: number;
  readonly span: number;
  readonly state: 'covered' | 'gap' | 'empty';
  /** The gap's kind, for a stretch of a gap. */
  readonly gapKind: GapKind | null;
}

/** A journey step named on the overview. */
export interface OverviewCard {
  readonly stepId: string;
  readonly title: string;
  readonly from: number;
  readonly span: number;
  readonly covered: boolean;
}

/** A journey lane on the overview. */
export interface OverviewLane {
  readonly laneId: string;
  readonly title: string;
  readonly detail: string | null;
  readonly steps: number;
  readonly covered: number;
  /** Its strip, cut where a stage ends so that each stage's coverage reads on its own. */
  readonly runs: readonly OverviewRun[];
  /** Its steps by name; null when the journey is too long to name them all. */
  readonly cards: readonly OverviewCard[] | null;
}

/** What the overview slide shows. */
export interface OverviewView {
  /** How many columns the overview lays out: those that hold a journey step, side by side. */
  readonly columns: number;
  readonly stages: readonly OverviewStage[];
  readonly lanes: readonly OverviewLane[];
}

/**
 * The whole journey at a glance: the columns holding a journey step side by side, each stage over
 * its columns with its coverage, and each journey lane as a strip of covered stretches and gaps.
 * The strips are runs rather than one piece per step, so a journey of thousands of steps draws a
 * few dozen pieces.
 */
export function overviewView(map: JourneyMap, analysis: CoverageAnalysis): OverviewView {
  const laneOf = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const journeySteps = map.steps.filter((step) => laneOf.get(step.laneId)?.kind === 'journey');
  const axis = [...new Set(journeySteps.flatMap((step) => columnsOf(step.column, lastColumnOf(step))))].sort((a, b) => a - b);
  const position = new Map(axis.map((column, index) => [column, index]));

  const stagesInOrder = [...map.stages].sort((a, b) => a.fromColumn - b.fromColumn);
  const stageAt = stagesOnAxis(stagesInOrder, axis);
  const gapKindOf = new Map<string, GapKind>();
  for (const lane of analysis.lanes) for (const gap of lane.gaps) for (const id of gap.stepIds) gapKindOf.set(id, gap.kind);

  const stages = stagesInOrder.map((stage) => stageOnAxis(stage, axis, journeySteps, gapKindOf));
  const lanes = analysis.lanes.map((coverage): OverviewLane => {
    const lane = laneOf.get(coverage.laneId)!;
    const steps = journeySteps.filter((step) => step.laneId === lane.id);
    const states: OverviewRun['state'][] = axis.map(() => 'empty');
    const kinds: (GapKind | null)[] = axis.map(() => null);
    for (const step of steps) {
      const kind = gapKindOf.get(step.id) ?? null;
      for (const column of columnsOf(step.column, lastColumnOf(step))) {
        const at = position.get(column)!;
        // A column shared by a covered step and a gap's step reads as covered: someone is there.
        if (states[at] === 'covered') continue;
        states[at] = kind ? 'gap' : 'covered';
        kinds[at] = kind;
      }
    }
    const journeyNumber = map.lanes.filter((candidate) => candidate.kind === 'journey').indexOf(lane) + 1;
    return {
      laneId: lane.id,
      title: laneName(lane, journeyNumber),
      detail: laneDetail(lane, map),
      steps: coverage.steps,
      covered: coverage.covered,
      runs: runsOf(states, kinds, stageAt),
      cards:
        axis.length > OVERVIEW_TITLES_UP_TO
          ? null
          : steps
              .map((step) => ({ stepId: step.id, title: step.title, from: position.get(step.column)!, span: step.span, covered: !gapKindOf.has(step.id) }))
              .sort((a, b) => a.from - b.from),
    };
  });
  return { columns: axis.length, stages, lanes };
}

/** For each of the overview's columns, the first stage (in column order) holding it, or -1. */
function stagesOnAxis(stages: readonly Stage[], axis: readonly number[]): number[] {
  const stageAt = axis.map(() => -1);
  stages.forEach((stage, index) => {
    for (let at = lowerBound(axis, stage.fromColumn); at < axis.length && axis[at]! <= stage.toColumn; at++) if (stageAt[at] === -1) stageAt[at] = index;
  });
  return stageAt;
}

function stageOnAxis(stage: Stage, axis: readonly number[], journeySteps: readonly { id: string; column: number; span: number }[], gapKindOf: ReadonlyMap<string, GapKind>): OverviewStage {
  const from = lowerBound(axis, stage.fromColumn);
  const span = lowerBound(axis, stage.toColumn + 1) - from;
  const inside = journeySteps.filter((step) => step.column <= stage.toColumn && lastColumnOf(step) >= stage.fromColumn);
  return {
    stageId: stage.id,
    title: stage.title,
    from: span === 0 ? 0 : from,
    span,
    steps: inside.length,
    covered: inside.filter((step) => !gapKindOf.has(step.id)).length,
  };
}

/** Maximal stretches of one state, cut where the stage changes. */
function runsOf(states: readonly OverviewRun['state'][], kinds: readonly (GapKind | null)[], stageAt: readonly number[]): OverviewRun[] {
  const runs: OverviewRun[] = [];
  for (let at = 0; at < states.length; at++) {
    const last = runs[runs.length - 1];
    if (last && last.from + last.span === at && last.state === states[at] && last.gapKind === kinds[at] && stageAt[at] === stageAt[at - 1]) {
      runs[runs.length - 1] = { ...last, span: last.span + 1 };
    } else runs.push({ from: at, span: 1, state: states[at]!, gapKind: kinds[at]! });
  }
  return runs;
}

function columnsOf(first: number, last: number): number[] {
  const columns: number[] = [];
  for (let column = first; column <= last; column++) columns.push(column);
  return columns;
}

/** The first index of an ascending list whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
