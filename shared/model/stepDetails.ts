/** How sure the team is that a journey step happens as drawn; assumed steps are drawn dashed. */
export type Evidence = 'observed' | 'assumed' | 'proposed';

export const EVIDENCE_LEVELS: readonly Evidence[] = ['observed', 'assumed', 'proposed'];

/** The lowest and highest emotion a journey step can have. */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

/** Figures that back a journey step. */
export interface StepData {
  readonly customersPerMonth?: number;
  /** Free text, as consultants write it ("2–3 days"). */
  readonly duration?: string;
  /** 0 … 10. */
  readonly satisfaction?: number;
}

/** What the method adds to a step. Journey steps use the customer's fields, process steps the organisation's. */
export interface StepDetails {
  /** The customer's feeling at this step, an integer from −2 to +2. */
  readonly emotion?: number;
  readonly painPoints?: readonly string[];
  readonly momentThatMatters?: boolean;
  readonly channels?: readonly string[];
  readonly evidence?: Evidence;
  readonly data?: StepData;
  /** Process step: the team or role that does it. */
  readonly owner?: string;
  /** Process step: the system used. */
  readonly system?: string;
  /** Process step: how long it takes, as free text. */
  readonly duration?: string;
}
