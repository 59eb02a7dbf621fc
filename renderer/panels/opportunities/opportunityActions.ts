import { addOpportunity } from '../../../shared/edit/opportunities';
import type { OpportunityTarget } from '../../../shared/model/opportunity';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';

/** The key of an opportunity's title field, by which the panel is asked to focus it. */
export const opportunityTitleField = (opportunityId: string): string => `${opportunityId}.title`;

/** Adds an idea acting on `target` as one undo step, then opens it in the Opportunities tab with its title ready to type. */
function addOpportunityFor(target: OpportunityTarget): void {
  let opportunityId = '';
  useDocumentStore.getState().change((map) => {
    const added = addOpportunity(map, target);
    opportunityId = added.opportunityId;
    return added.map;
  });
  if (opportunityId === '') return;
  const session = useSessionStore.getState();
  session.showSidebarTab('opportunities');
  session.openOpportunity(opportunityId);
  session.requestFocus(opportunityTitleField(opportunityId));
}

/** Adds an opportunity on the gap that holds journey step `stepId` (a gap is named by one of its steps). */
export function addOpportunityForGap(stepId: string): void {
  addOpportunityFor({ kind: 'gap', stepId });
}

/** Adds an opportunity on step `stepId`, such as one with pain points. */
export function addOpportunityForStep(stepId: string): void {
  addOpportunityFor({ kind: 'step', stepId });
}
