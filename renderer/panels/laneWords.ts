import type { Lane, LaneKind } from '../../shared/model/journeyMap';

/** The lane kind as one word in the panels: "Journey", "Context", "Process". */
export const KIND_WORD: Readonly<Record<LaneKind, string>> = {
  journey: 'Journey',
  context: 'Context',
  process: 'Process',
};

/** A lane as people read it: its title, or "Journey lane 2" while it has none. */
export function laneName(lane: Lane, numberInKind: number): string {
  return lane.title.trim() || `${KIND_WORD[lane.kind]} lane ${numberInKind}`;
}
