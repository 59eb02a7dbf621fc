import type { Lane } from '../model/journeyMap';
import { LANE_KIND_WORDS } from './laneKindWords';

/** A lane as people read it: its title, or "Journey lane 2" while it has none. */
export function laneName(lane: Lane, numberInKind: number): string {
  return lane.title.trim() || `${LANE_KIND_WORDS[lane.kind]} lane ${numberInKind}`;
}
