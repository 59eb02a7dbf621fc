import type { Step } from '../../../shared/model/journeyMap';
import { CheckField } from '../../widgets/CheckField';
import { NumberField } from '../../widgets/NumberField';
import { TextListEditor } from '../../widgets/TextListEditor';
import { TypingField } from '../../widgets/TypingField';
import { PainPointDots } from '../votes/PainPointDots';
import { ChannelsField } from './ChannelsField';
import { EmotionChoice } from './EmotionChoice';
import { EvidenceChoice } from './EvidenceChoice';
import { changeStepDetails, stepDetailsEdit } from './stepDetailEdits';

const NO_TEXTS: readonly string[] = [];

/** What the method records of a journey step: the customer's side (feeling, pain, channels) and how well it is known. */
export function JourneyStepFields({ step }: { readonly step: Step }) {
  const id = step.id;
  return (
    <>
      <section className="inspector__section" aria-label="Customer">
        <h3 className="inspector__section-heading">Customer</h3>
        <EmotionChoice emotion={step.emotion} onChange={(emotion) => changeStepDetails(id, { emotion })} />
        <CheckField
          label="Moment that matters"
          hint="Drawn as a star; it weighs on its gap's severity."
          checked={step.momentThatMatters === true}
          onChange={(momentThatMatters) => changeStepDetails(id, { momentThatMatters })}
        />
        <TextListEditor
          label="Pain points"
          itemName="Pain point"
          placeholder="What hurts here?"
          items={step.painPoints ?? NO_TEXTS}
          field={`${id}.painPoints`}
          edit={(painPoints) => stepDetailsEdit(id, { painPoints })}
        />
        <PainPointDots step={step} />
        <ChannelsField channels={step.channels ?? NO_TEXTS} onChange={(channels) => changeStepDetails(id, { channels })} />
      </section>
      <section className="inspector__section" aria-label="Evidence and data">
        <h3 className="inspector__section-heading">Evidence and data</h3>
        <EvidenceChoice evidence={step.evidence} onChange={(evidence) => changeStepDetails(id, { evidence })} />
        <div className="field-row">
          <NumberField
            label="Customers per month"
            value={step.data?.customersPerMonth ?? null}
            check={(count) => (count < 0 ? 'Customers are counted from 0.' : null)}
            onCommit={(customersPerMonth) => changeStepDetails(id, { data: { customersPerMonth } })}
            onClear={() => changeStepDetails(id, { data: { customersPerMonth: null } })}
          />
          <NumberField
            label="Satisfaction (0–10)"
            value={step.data?.satisfaction ?? null}
            check={(score) => (score < 0 || score > 10 ? 'Satisfaction runs from 0 to 10.' : null)}
            onCommit={(satisfaction) => changeStepDetails(id, { data: { satisfaction } })}
            onClear={() => changeStepDetails(id, { data: { satisfaction: null } })}
          />
        </div>
        <TypingField
          label="Duration"
          value={step.data?.duration ?? ''}
          field={`${id}.data.duration`}
          placeholder="How long it takes the customer, such as 2–3 days"
          edit={(duration) => stepDetailsEdit(id, { data: { duration } })}
        />
      </section>
    </>
  );
}
