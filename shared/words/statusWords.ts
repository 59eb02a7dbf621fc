import type { OpportunityStatus } from '../model/opportunity';

/** How far an opportunity has come, in words: the same in the Opportunities panel and the report. */
export const STATUS_WORDS: Readonly<Record<OpportunityStatus, string>> = { idea: 'Idea', planned: 'Planned', doing: 'In progress', done: 'Done' };
