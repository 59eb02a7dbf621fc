import type { OpportunityStatus } from '../../../shared/model/opportunity';

/** How far an opportunity has come, in the same words as the report's Opportunities section. */
export const STATUS_WORDS: Readonly<Record<OpportunityStatus, string>> = { idea: 'Idea', planned: 'Planned', doing: 'In progress', done: 'Done' };
