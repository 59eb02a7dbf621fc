import { useId } from 'react';
import { deleteOpportunity, updateOpportunity, type OpportunityPatch } from '../../../shared/edit/opportunities';
import type { JourneyMap } from '../../../shared/model/journeyMap';
import { OPPORTUNITY_STATUSES, type Opportunity } from '../../../shared/model/opportunity';
import { STATUS_WORDS } from '../../../shared/words/statusWords';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { analysisOf } from '../../store/analysisOf';
import { revealSteps } from '../../canvas/revealSteps';
import { TypingField } from '../../widgets/TypingField';
import { opportunityTitleField } from './opportunityActions';
import { targetStepIds, targetWords } from './opportunityTarget';

const closeEditor = (): void => useSessionStore.getState().openOpportunity(null);

/** Selects the steps the opportunity acts on and asks the canvas to show them, as a gap in the Gaps panel does. */
function showOnMap(stepIds: readonly string[]): void {
  useSessionStore.getState().select({ kind: 'steps', stepIds });
  revealSteps(stepIds);
}

/** One opportunity's fields: title, what it acts on, description, owner, status, due date; Delete. */
export function OpportunityEditor({ map, opportunity }: { readonly map: JourneyMap; readonly opportunity: Opportunity }) {
  const statusId = useId();
  const analysis = analysisOf(map);
  const stepIds = targetStepIds(map, analysis, opportunity.target);
  const edit =
    (patch: OpportunityPatch) =>
    (current: JourneyMap): JourneyMap =>
      updateOpportunity(current, opportunity.id, patch);

  return (
    <div className="opportunity-editor">
      <div className="panel__head">
        <button type="button" className="button button--small button--quiet panel__back" onClick={closeEditor}>
          ‹ All opportunities
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            useDocumentStore.getState().change((current) => deleteOpportunity(current, opportunity.id));
            closeEditor();
          }}
        >
          Delete opportunity
        </button>
      </div>
      <TypingField label="Title" value={opportunity.title} field={opportunityTitleField(opportunity.id)} placeholder="What could the organisation do?" edit={(title) => edit({ title })} />
      <div className="field opportunity-editor__target">
        <p className="field__label">Acts on</p>
        <p className={`opportunity-editor__target-words${opportunity.target ? '' : ' opportunity-row__target--removed'}`}>{targetWords(map, analysis, opportunity.target)}</p>
        {stepIds.length > 0 && (
          <button type="button" className="button button--small" onClick={() => showOnMap(stepIds)}>
            Show on map
          </button>
        )}
      </div>
      <TypingField
        label="Description"
        value={opportunity.description ?? ''}
        field={`${opportunity.id}.description`}
        placeholder="What it means for the customer"
        multiline
        edit={(description) => edit({ description })}
      />
      <TypingField label="Owner" value={opportunity.owner ?? ''} field={`${opportunity.id}.owner`} placeholder="Who takes it on?" edit={(owner) => edit({ owner })} />
      <fieldset className="field">
        <legend className="field__label">Status</legend>
        <div className="segmented opportunity-editor__status">
          {OPPORTUNITY_STATUSES.map((status) => (
            <label key={status} className="segmented__option">
              <input
                type="radio"
                className="segmented__input"
                name={statusId}
                checked={opportunity.status === status}
                onChange={() => useDocumentStore.getState().change(edit({ status }))}
              />
              <span>{STATUS_WORDS[status]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TypingField label="Due" type="date" value={opportunity.due ?? ''} field={`${opportunity.id}.due`} edit={(due) => edit({ due })} />
    </div>
  );
}
