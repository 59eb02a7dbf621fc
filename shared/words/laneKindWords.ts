import type { LaneKind } from '../model/journeyMap';

/** The lane kind as one word in the panels: "Journey", "Context", "Process". */
export const LANE_KIND_WORDS: Readonly<Record<LaneKind, string>> = {
  journey: 'Journey',
  context: 'Context',
  process: 'Process',
};

/** The lane kind as a lane's header and the report's step table name it: the journey is the customer's. */
export const LANE_KIND_TITLES: Readonly<Record<LaneKind, string>> = {
  journey: 'Customer journey',
  context: 'Context',
  process: 'Process',
};
