/** An idea in the parking lot: said in the room, not yet placed on a lane. */
export interface Note {
  readonly id: string;
  readonly text: string;
  /** Who said it, kept only when the facilitator chose named input. */
  readonly author?: string;
}

/**
 * What a dot is cast on. Gaps are computed, not stored, so a gap is named by one of its journey
 * steps (as opportunities name theirs); a pain point by its step and its place in the step's list.
 */
export type VoteTarget =
  | { readonly kind: 'step'; readonly stepId: string }
  | { readonly kind: 'gap'; readonly stepId: string }
  | { readonly kind: 'painPoint'; readonly stepId: string; readonly index: number }
  | { readonly kind: 'opportunity'; readonly opportunityId: string };

export const VOTE_TARGET_KINDS: readonly VoteTarget['kind'][] = ['step', 'gap', 'painPoint', 'opportunity'];

/** The dots one target received. */
export interface VoteDots {
  readonly target: VoteTarget;
  readonly count: number;
}

/**
 * A dot-voting round: a question, how many dots each person has and how many people vote, and the
 * dots cast, hidden on screen until the round is revealed.
 */
export interface Vote {
  readonly id: string;
  readonly question: string;
  readonly dotsPerPerson: number;
  readonly people: number;
  readonly revealed: boolean;
  readonly dots: readonly VoteDots[];
}
