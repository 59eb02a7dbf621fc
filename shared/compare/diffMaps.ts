import { analyseCoverage, type CoverageAnalysis } from '../analysis/coverage';
import type { JourneyMap } from '../model/journeyMap';
import { gapChanges, type GapChange, type GapRef, type LaneGap } from './gapChanges';
import { matchMaps, type MapMatch } from './matchMaps';
import { stepChanges, type StepChanges } from './stepChanges';

/** What changed on one journey lane: its coverage before → after and its gaps. */
export interface LaneDiff {
  /** The lane's id in the map after, or in the map before for a lane that is gone. */
  readonly laneId: string;
  readonly title: string;
  /** Null when the lane is not a journey lane on that side, or has no steps there. */
  readonly coverageBefore: number | null;
  readonly coverageAfter: number | null;
  readonly gapsClosed: readonly GapRef[];
  readonly gapsOpened: readonly GapRef[];
  readonly gapsChanged: readonly GapChange[];
}

/** The difference of two maps (issue 18; `diff --json` prints `lanes` and `steps`). */
export interface MapDiff {
  readonly lanes: readonly LaneDiff[];
  readonly steps: StepChanges;
  readonly match: MapMatch;
  readonly analysisBefore: CoverageAnalysis;
  readonly analysisAfter: CoverageAnalysis;
}

/**
 * Compares two maps: matches their lanes and steps (matchMaps), lists the steps added, removed,
 * moved and changed, and per journey lane — the lanes after in their order, then journey lanes
 * that are gone — the coverage before → after and the gaps closed, opened and changed.
 */
export function diffMaps(before: JourneyMap, after: JourneyMap): MapDiff {
  const match = matchMaps(before, after);
  const analysisBefore = analyseCoverage(before);
  const analysisAfter = analyseCoverage(after);
  const gaps = gapChanges(analysisBefore, analysisAfter, match);
  const coverageBefore = new Map(analysisBefore.lanes.map((lane) => [match.lanes.afterOf.get(lane.laneId) ?? lane.laneId, lane]));
  const coverageAfter = new Map(analysisAfter.lanes.map((lane) => [lane.laneId, lane]));
  const laneIds = [...coverageAfter.keys(), ...[...coverageBefore.keys()].filter((id) => !coverageAfter.has(id))];
  const closed = byLane(gaps.closed);
  const opened = byLane(gaps.opened);
  const changed = byLane(gaps.changed);
  const lanes = laneIds.map((laneId): LaneDiff => ({
    laneId,
    title: coverageAfter.get(laneId)?.title ?? coverageBefore.get(laneId)?.title ?? '',
    coverageBefore: coverageBefore.get(laneId)?.coverage ?? null,
    coverageAfter: coverageAfter.get(laneId)?.coverage ?? null,
    gapsClosed: closed.get(laneId) ?? [],
    gapsOpened: opened.get(laneId) ?? [],
    gapsChanged: changed.get(laneId) ?? [],
  }));
  return { lanes, steps: stepChanges(before, after, match), match, analysisBefore, analysisAfter };
}

function byLane<T>(entries: readonly LaneGap<T>[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const entry of entries) {
    const list = grouped.get(entry.laneId);
    if (list) list.push(entry.gap);
    else grouped.set(entry.laneId, [entry.gap]);
  }
  return grouped;
}

/** Whether two maps compare as the same: no step and no gap changed, every coverage as it was. */
export function isUnchanged(diff: MapDiff): boolean {
  const { added, removed, moved, changed } = diff.steps;
  if (added.length + removed.length + moved.length + changed.length > 0) return false;
  return diff.lanes.every((lane) => lane.coverageBefore === lane.coverageAfter && lane.gapsClosed.length + lane.gapsOpened.length + lane.gapsChanged.length === 0);
}

/** The diff as `diff --json` prints it: the shape, fields only ever added. */
export function diffJson(diff: MapDiff): { lanes: readonly LaneDiff[]; steps: StepChanges } {
  return { lanes: diff.lanes, steps: diff.steps };
}
