import { lastColumnOf, type JourneyMap, type Step } from '../model/journeyMap';
import { occupiedColumns } from './occupiedColumns';
import { orderSteps } from './orderSteps';
import { gapSeverity } from './severity';

/** Where, relative to the organisation's contact moments, a gap lies. */
export type GapKind = 'before' | 'between' | 'after' | 'entire';

/** A maximal run of consecutive uncovered steps of one journey lane. */
export interface Gap {
  readonly kind: GapKind;
  readonly stepIds: readonly string[];
  /** First column of the run's first step. */
  readonly fromColumn: number;
  /** Last column of the run's last step. */
  readonly toColumn: number;
  /** Context-lane steps in the gap's columns: who is with the customer while the organisation is not. */
  readonly accompaniedBy: readonly string[];
  /** How much the gap hurts, from its steps' emotion, moments that matter and customers (`gapSeverity`). */
  readonly severity: number;
}

/** Coverage of one journey lane by the process lanes. */
export interface LaneCoverage {
  readonly laneId: string;
  readonly title: string;
  readonly steps: number;
  readonly covered: number;
  /** Covered steps / steps, rounded to 4 decimals; null for a lane without steps. */
  readonly coverage: number | null;
  readonly gaps: readonly Gap[];
}

/** The coverage analysis (docs/ARCHITECTURE.md, From a file to the canvas): per journey lane, and the map-wide unanchored process steps. */
export interface CoverageAnalysis {
  readonly lanes: readonly LaneCoverage[];
  readonly unanchoredProcessStepIds: readonly string[];
}

/**
 * Analyses which stretches of each journey lane the organisation accompanies. O(n log n): the
 * process steps' columns are merged into sorted intervals once, and each step is looked up in them.
 */
export function analyseCoverage(map: JourneyMap): CoverageAnalysis {
  const kindOfLane = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const stepsOfLane = new Map<string, Step[]>(map.lanes.filter((l) => l.kind === 'journey').map((l) => [l.id, []]));
  const processSteps: Step[] = [];
  const contextSteps: Step[] = [];
  const journeyFirsts: number[] = [];
  const journeyLasts: number[] = [];
  const processFirsts: number[] = [];
  const processLasts: number[] = [];
  for (const step of map.steps) {
    const kind = kindOfLane.get(step.laneId);
    if (kind === 'journey') {
      stepsOfLane.get(step.laneId)!.push(step);
      journeyFirsts.push(step.column);
      journeyLasts.push(lastColumnOf(step));
    } else if (kind === 'process') {
      processSteps.push(step);
      processFirsts.push(step.column);
      processLasts.push(lastColumnOf(step));
    } else if (kind === 'context') contextSteps.push(step);
  }

  const processColumns = occupiedColumns(processFirsts, processLasts);
  const journeyColumns = occupiedColumns(journeyFirsts, journeyLasts);
  const company = new ContextIndex(contextSteps);

  const lanes = map.lanes
    .filter((lane) => lane.kind === 'journey')
    .map((lane): LaneCoverage => {
      const steps = orderSteps(stepsOfLane.get(lane.id)!);
      const covered = steps.map((step) => processColumns.intersects(step.column, lastColumnOf(step)));
      let coveredCount = 0;
      for (const isCovered of covered) if (isCovered) coveredCount++;
      return {
        laneId: lane.id,
        title: lane.title,
        steps: steps.length,
        covered: coveredCount,
        coverage: steps.length === 0 ? null : Math.round((coveredCount / steps.length) * 10_000) / 10_000,
        gaps: gapsOf(steps, covered, company),
      };
    });

  const unanchoredProcessStepIds = processSteps
    .filter((step) => !journeyColumns.intersects(step.column, lastColumnOf(step)))
    .map((step) => step.id);

  return { lanes, unanchoredProcessStepIds };
}

/** Splits a lane's ordered steps into its gaps: the maximal runs of uncovered steps. */
function gapsOf(steps: readonly Step[], covered: readonly boolean[], company: ContextIndex): Gap[] {
  const first = covered.indexOf(true);
  const last = covered.lastIndexOf(true);
  const gaps: Gap[] = [];
  let runStart = -1;
  for (let i = 0; i <= steps.length; i++) {
    const uncovered = i < steps.length && !covered[i];
    if (uncovered && runStart < 0) runStart = i;
    if (!uncovered && runStart >= 0) {
      const run = steps.slice(runStart, i);
      const kind: GapKind = first < 0 ? 'entire' : runStart < first ? 'before' : runStart > last ? 'after' : 'between';
      const fromColumn = run[0]!.column;
      const toColumn = lastColumnOf(run[run.length - 1]!);
      gaps.push({
        kind,
        stepIds: run.map((s) => s.id),
        fromColumn,
        toColumn,
        accompaniedBy: company.within(fromColumn, toColumn),
        severity: gapSeverity(run),
      });
      runStart = -1;
    }
  }
  return gaps;
}

/** Context steps sorted by column, to find those overlapping a column range without scanning all. */
class ContextIndex {
  private readonly sorted: readonly Step[];
  private readonly widest: number;

  constructor(steps: readonly Step[]) {
    this.sorted = orderSteps(steps);
    this.widest = steps.reduce((max, step) => Math.max(max, step.span), 0);
  }

  /** Ids of the context steps sharing a column with `[from, to]`, in column order. */
  within(from: number, to: number): string[] {
    // Only steps starting in [from - widest + 1, to] can reach into the range.
    const ids: string[] = [];
    for (let i = lowerBound(this.sorted, from - this.widest + 1); i < this.sorted.length; i++) {
      const step = this.sorted[i]!;
      if (step.column > to) break;
      if (lastColumnOf(step) >= from) ids.push(step.id);
    }
    return ids;
  }
}

function lowerBound(sorted: readonly Step[], column: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.column < column) low = mid + 1;
    else high = mid;
  }
  return low;
}
