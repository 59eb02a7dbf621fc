/** What a key finding is about, in the order the page lists them. */
export type FindingTopic = 'journey' | 'gap' | 'moments' | 'insideOut' | 'votes' | 'opportunities';

/** One finding of the key findings page: a sentence a board member understands without the map's legend, and what backs it. */
export interface KeyFinding {
  readonly topic: FindingTopic;
  /** A short name in the margin, such as "Most severe gap". */
  readonly label: string;
  /** A figure set large beside the label, such as `40 %` or `14.6`; absent when none says it. */
  readonly figure?: string;
  /** The finding, in one sentence. */
  readonly headline: string;
  /** Short sentences that back it: where, who is there, why it weighs. */
  readonly details: readonly string[];
}
