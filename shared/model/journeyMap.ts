import type { Opportunity } from './opportunity';
import type { Persona } from './persona';
import type { Snapshot } from './snapshot';
import type { Source } from './source';
import type { StepDetails } from './stepDetails';
import type { Note, Vote } from './workshop';

/**
 * The journey map as the app holds it in memory. Every object may also carry fields this version
 * does not know (read from a newer file); they travel along untouched and are written back on save.
 */

/** What a lane stands for: the customer's steps, one team of the organisation, or the customer's own sphere. */
export type LaneKind = 'journey' | 'process' | 'context';

export const LANE_KINDS: readonly LaneKind[] = ['journey', 'process', 'context'];

/** A horizontal band of the map; its position in `JourneyMap.lanes` is its place from top to bottom. */
export interface Lane {
  readonly id: string;
  readonly kind: LaneKind;
  readonly title: string;
  /** Journey lane: the persona who walks it. */
  readonly personaId?: string;
  /** Journey lane: a band under its cards plots each step's emotion as a curve. */
  readonly showEmotionCurve?: boolean;
  /** Process lane: who answers for it; the lane header names them. */
  readonly owner?: string;
  /** Imported lane: the pool or lane of the file it was made from. */
  readonly source?: Source;
}

/** A card in a lane, occupying the columns `[column, column + span)`. */
export interface Step extends StepDetails {
  readonly id: string;
  readonly laneId: string;
  readonly title: string;
  readonly column: number;
  readonly span: number;
  /** Imported step: the activity of the file it was made from. */
  readonly source?: Source;
}

/** A named range of columns, inclusive at both ends (for example Aware, Choose, Buy). */
export interface Stage {
  readonly id: string;
  readonly title: string;
  readonly fromColumn: number;
  readonly toColumn: number;
}

/** One document: lanes, steps and stages, and the method around them. */
export interface JourneyMap {
  readonly id: string;
  readonly title: string;
  /** Whose organisation the map is made for; shown on the report's cover. */
  readonly client?: string;
  /** Who made the map; the report's author. */
  readonly author?: string;
  readonly personas?: readonly Persona[];
  readonly opportunities?: readonly Opportunity[];
  /** The parking lot: ideas said in the room, not yet placed on a lane. */
  readonly notes?: readonly Note[];
  /** The dot-voting rounds of the workshop. */
  readonly votes?: readonly Vote[];
  /** Named copies of the map kept in the file (as-is, to-be…); their maps hold no snapshots. */
  readonly snapshots?: readonly Snapshot[];
  readonly stages: readonly Stage[];
  readonly lanes: readonly Lane[];
  readonly steps: readonly Step[];
  /**
   * Top-level fields of the file (beside `format`, `version` and `map`) that this version does
   * not know; kept so that saving a newer file loses nothing.
   */
  readonly envelopeExtras?: Readonly<Record<string, unknown>>;
}

/** The last column a step occupies. */
export function lastColumnOf(step: Pick<Step, 'column' | 'span'>): number {
  return step.column + step.span - 1;
}
