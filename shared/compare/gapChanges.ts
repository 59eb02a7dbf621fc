import type { CoverageAnalysis, Gap, GapKind } from '../analysis/coverage';
import type { MapMatch } from './matchMaps';

/** A gap as a compare reports it: its kind, steps (ids of its own map), columns and severity. */
export interface GapRef {
  readonly kind: GapKind;
  readonly stepIds: readonly string[];
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly severity: number;
}

/** How a gap that is still there differs: in its steps, in its kind, or only in how much it hurts. */
export type GapChangeKind = 'grown' | 'shrunk' | 'split' | 'merged' | 'shifted' | 'kind' | 'severity';

/** A gap before and the gap after sharing steps with it, and how they differ. */
export interface GapChange {
  readonly before: GapRef;
  readonly after: GapRef;
  readonly change: GapChangeKind;
}

/** A gap with the journey lane it lies in (the map after's lane id, or the map before's when that lane is gone). */
export interface LaneGap<T> {
  readonly laneId: string;
  readonly gap: T;
}

/** The gaps a change closed, opened and changed, each with its lane. */
export interface GapChanges {
  /** Gaps before whose steps are all accompanied now, or gone. */
  readonly closed: readonly LaneGap<GapRef>[];
  /** Gaps after whose steps were all accompanied before, or are new. */
  readonly opened: readonly LaneGap<GapRef>[];
  readonly changed: readonly LaneGap<GapChange>[];
}

const refOf = (gap: Gap): GapRef => ({ kind: gap.kind, stepIds: gap.stepIds, fromColumn: gap.fromColumn, toColumn: gap.toColumn, severity: gap.severity });

interface Placed {
  readonly laneId: string;
  readonly gap: Gap;
  /** The gap's steps named as in the map after; a removed step by a name no after step has. */
  readonly keys: readonly string[];
}

/**
 * Compares the gaps of two analyses through the step matching: a gap before that shares no step
 * with a gap after is closed, a gap after that shares none with a gap before is opened, and each
 * pair that shares steps but differs (in steps, kind or severity) is one change: `split` when the
 * gap before overlaps several after, `merged` when the gap after overlaps several before.
 */
export function gapChanges(before: CoverageAnalysis, after: CoverageAnalysis, match: MapMatch): GapChanges {
  const gone = (id: string): string => `\u0000removed\u0000${id}`;
  const beforeGaps: Placed[] = before.lanes.flatMap((lane) =>
    lane.gaps.map((gap) => ({ laneId: match.lanes.afterOf.get(lane.laneId) ?? lane.laneId, gap, keys: gap.stepIds.map((id) => match.steps.afterOf.get(id) ?? gone(id)) })),
  );
  const afterGaps: Placed[] = after.lanes.flatMap((lane) => lane.gaps.map((gap) => ({ laneId: lane.laneId, gap, keys: gap.stepIds })));
  const gapOfKey = (gaps: readonly Placed[]): Map<string, number> => {
    const index = new Map<string, number>();
    gaps.forEach((placed, i) => {
      for (const key of placed.keys) index.set(key, i);
    });
    return index;
  };
  const afterGapOf = gapOfKey(afterGaps);
  const beforeGapOf = gapOfKey(beforeGaps);
  const partners = (placed: Placed, index: Map<string, number>): number[] => {
    const found = new Set<number>();
    for (const key of placed.keys) {
      const partner = index.get(key);
      if (partner !== undefined) found.add(partner);
    }
    return [...found].sort((a, b) => a - b);
  };
  const beforePartners = beforeGaps.map((placed) => partners(placed, afterGapOf));
  const afterPartners = afterGaps.map((placed) => partners(placed, beforeGapOf));

  const closed = beforeGaps.filter((_, i) => beforePartners[i]!.length === 0).map((placed) => ({ laneId: placed.laneId, gap: refOf(placed.gap) }));
  const opened = afterGaps.filter((_, i) => afterPartners[i]!.length === 0).map((placed) => ({ laneId: placed.laneId, gap: refOf(placed.gap) }));
  const changed: LaneGap<GapChange>[] = [];
  beforeGaps.forEach((earlier, i) => {
    for (const j of beforePartners[i]!) {
      const later = afterGaps[j]!;
      const change = changeOf(earlier, later, beforePartners[i]!.length > 1, afterPartners[j]!.length > 1);
      if (change) changed.push({ laneId: later.laneId, gap: { before: refOf(earlier.gap), after: refOf(later.gap), change } });
    }
  });
  return { closed, opened, changed };
}

function changeOf(earlier: Placed, later: Placed, splits: boolean, merges: boolean): GapChangeKind | null {
  if (splits) return 'split';
  if (merges) return 'merged';
  const was = new Set(earlier.keys);
  const is = new Set(later.keys);
  const lost = earlier.keys.some((key) => !is.has(key));
  const gained = later.keys.some((key) => !was.has(key));
  if (lost && gained) return 'shifted';
  if (gained) return 'grown';
  if (lost) return 'shrunk';
  if (earlier.gap.kind !== later.gap.kind) return 'kind';
  return earlier.gap.severity !== later.gap.severity ? 'severity' : null;
}
