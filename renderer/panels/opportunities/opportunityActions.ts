import { addOpportunity } from '../../../shared/edit/opportunities';
import type { OpportunityTarget } from '../../../shared/model/opportunity';
import { commandContext, commit } from '../../commands/dispatch';
import { useSessionStore } from '../../store/sessionStore';

/** The key of an opportunity's title field, by which the panel is asked to focus it. */
export const opportunityTitleField = (opportunityId: string): string => `${opportunityId}.title`;

/** Adds an idea acting on `target` as one undo step, then opens it in the Opportunities tab with its title ready to type. */
function addOpportunityFor(target: OpportunityTarget): void {
  const { map, opportunityId } = addOpportunity(commandContext().map, target);
  if (opportunityId === '') return;
  commit({ map });
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
