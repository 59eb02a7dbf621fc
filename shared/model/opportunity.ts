/** How far an opportunity has come. */
export type OpportunityStatus = 'idea' | 'planned' | 'doing' | 'done';

export const OPPORTUNITY_STATUSES: readonly OpportunityStatus[] = ['idea', 'planned', 'doing', 'done'];

/**
 * What an opportunity is about. Gaps are computed, not stored, so a gap is named by one of its
 * journey steps: the opportunity belongs to whichever gap holds that step now (none, once the
 * organisation covers it).
 */
export type OpportunityTarget = { readonly kind: 'gap'; readonly stepId: string } | { readonly kind: 'step'; readonly stepId: string };

/** An action the organisation could take on a gap or a pain point, with an owner and a status. */
export interface Opportunity {
  readonly id: string;
  readonly title: string;
  /**
   * What it acts on; absent once that step was deleted: the opportunity and everything written in
   * it stay, shown as "target removed", until it is deleted or given a new target.
   */
  readonly target?: OpportunityTarget;
  readonly status: OpportunityStatus;
  readonly description?: string;
  readonly owner?: string;
  /** Due date as `YYYY-MM-DD`. */
  readonly due?: string;
}
