import type { Step } from '../../../shared/model/journeyMap';
import { TypingField } from '../../widgets/TypingField';
import { stepDetailsEdit } from './stepDetailEdits';

/** What the method records of a process step: who does it, with which system, and how long it takes. */
export function ProcessStepFields({ step }: { readonly step: Step }) {
  const id = step.id;
  return (
    <section className="inspector__section" aria-label="Organisation">
      <h3 className="inspector__section-heading">Organisation</h3>
      <TypingField label="Owner" value={step.owner ?? ''} field={`${id}.owner`} placeholder="Team or role" edit={(owner) => stepDetailsEdit(id, { owner })} />
      <TypingField label="System" value={step.system ?? ''} field={`${id}.system`} placeholder="Such as the CRM" edit={(system) => stepDetailsEdit(id, { system })} />
      <TypingField label="Duration" value={step.duration ?? ''} field={`${id}.duration`} placeholder="Such as 1 working day" edit={(duration) => stepDetailsEdit(id, { duration })} />
    </section>
  );
}
