import type { Evidence } from '../model/stepDetails';

/** How sure the team is of a step, in words: the same in the inspector and the report's step table. */
export const EVIDENCE_WORDS: Readonly<Record<Evidence, string>> = { observed: 'Observed', assumed: 'Assumed', proposed: 'Proposed' };
