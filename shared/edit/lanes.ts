import { LANE_KINDS, type JourneyMap, type Lane, type LaneKind } from '../model/journeyMap';
import { newId } from './ids';
import { inScreenOrder, withLaneAtEndOfKind } from './laneOrder';
import { keepTargets } from './keepTargets';
import { putOptionalText } from './optionalText';

/** A new lane: its kind decides its group (journey, context, process from top to bottom). */
export interface NewLane {
  readonly kind: LaneKind;
  /** Default empty. */
  readonly title?: string;
}

/** The inspector's edit of a lane. An empty owner removes the field. */
export interface LanePatch {
  readonly title?: string;
  readonly kind?: LaneKind;
  /** Who answers for a process lane. */
  readonly owner?: string;
}

// Every operation here returns the lanes in screen order (journey, context, process), so the
// array order a file is saved in is the order the map is drawn in.

const isLaneKind = (kind: unknown): kind is LaneKind => (LANE_KINDS as readonly unknown[]).includes(kind);

/** Adds a lane as the last one of its kind. `laneId` is `''` and the map unchanged for a kind that does not exist. */
export function addLane(map: JourneyMap, { kind, title }: NewLane): { map: JourneyMap; laneId: string } {
  if (!isLaneKind(kind)) return { map, laneId: '' };
  const lane: Lane = { id: newId(map, 'lane'), kind, title: typeof title === 'string' ? title : '' };
  return { map: { ...map, lanes: withLaneAtEndOfKind(map.lanes, lane) }, laneId: lane.id };
}

/**
 * Renames a lane, changes its kind (it then becomes the last lane of its new group, since a lane
 * never sits among lanes of another kind), or sets its owner. Values of the wrong type
 * are ignored; the same map when nothing changes.
 */
export function updateLane(map: JourneyMap, laneId: string, patch: LanePatch): JourneyMap {
  const lane = map.lanes.find((candidate) => candidate.id === laneId);
  if (!lane) return map;
  const next: Record<string, unknown> = { ...lane };
  let changed = false;
  if (typeof patch.title === 'string' && patch.title !== lane.title) {
    next.title = patch.title;
    changed = true;
  }
  if (typeof patch.owner === 'string' && putOptionalText(next, 'owner', patch.owner)) changed = true;
  const kindChanged = isLaneKind(patch.kind) && patch.kind !== lane.kind;
  if (kindChanged) next.kind = patch.kind;
  if (!changed && !kindChanged) return map;

  const updated = next as unknown as Lane;
  const lanes = kindChanged
    ? withLaneAtEndOfKind(
        map.lanes.filter((candidate) => candidate !== lane),
        updated,
      )
    : inScreenOrder(map.lanes.map((candidate) => (candidate === lane ? updated : candidate)));
  // A journey lane turned into another kind no longer makes gaps: its gap opportunities follow.
  return keepTargets({ ...map, lanes });
}

/**
 * Moves a lane to `toIndex` in the lanes array (its place from the top), clamped to its kind's
 * group: a process lane can be reordered among process lanes but never lifted above the journey.
 */
export function moveLane(map: JourneyMap, laneId: string, toIndex: number): JourneyMap {
  if (typeof toIndex !== 'number' || Number.isNaN(toIndex)) return map;
  const ordered = inScreenOrder(map.lanes);
  const from = ordered.findIndex((lane) => lane.id === laneId);
  if (from < 0) return map;
  const lane = ordered[from]!;
  const groupStart = ordered.findIndex((candidate) => candidate.kind === lane.kind);
  const groupEnd = ordered.findLastIndex((candidate) => candidate.kind === lane.kind);
  const to = Math.min(groupEnd, Math.max(groupStart, Math.round(toIndex)));
  if (to === from) return ordered === map.lanes ? map : { ...map, lanes: ordered };
  const lanes = [...ordered];
  lanes.splice(from, 1);
  lanes.splice(to, 0, lane);
  return { ...map, lanes };
}

/** Deletes a lane and every step in it (opportunities on those steps stay, without a target). */
export function deleteLane(map: JourneyMap, laneId: string): JourneyMap {
  if (!map.lanes.some((lane) => lane.id === laneId)) return map;
  return keepTargets({
    ...map,
    lanes: inScreenOrder(map.lanes.filter((lane) => lane.id !== laneId)),
    steps: map.steps.filter((step) => step.laneId !== laneId),
  });
}
