import { addOpportunityForStep } from '../opportunities/opportunityActions';

/** Starts an opportunity on this step (its pain points, its moment), opened in the Opportunities tab. */
export function StepOpportunityButton({ stepId }: { readonly stepId: string }) {
  return (
    <div className="inspector__actions">
      <button type="button" className="button" onClick={() => addOpportunityForStep(stepId)}>
        Add opportunity
      </button>
    </div>
  );
}
