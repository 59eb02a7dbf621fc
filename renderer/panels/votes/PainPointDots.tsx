import { useId } from 'react';
import type { Step } from '../../../shared/model/journeyMap';
import { shortened } from '../../../shared/words/shortened';
import { DotButton } from './DotButton';
import { useVoteTurn } from './useVoteTurn';

/** While the room votes: the step's pain points, each with its Dot button; nothing otherwise. */
export function PainPointDots({ step }: { readonly step: Step }) {
  const current = useVoteTurn();
  const headingId = useId();
  const points = step.painPoints ?? [];
  if (!current || current.turn.finished || points.length === 0) return null;
  return (
    <div className="field pain-point-dots" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="field__label">
        Place a dot on a pain point
      </p>
      <ol className="pain-point-dots__list">
        {points.map((point, index) => (
          <li key={index} className="pain-point-dots__item">
            <span className="pain-point-dots__text">{point}</span>
            <DotButton target={{ kind: 'painPoint', stepId: step.id, index }} name={`the pain point “${shortened(point, 40)}”`} />
          </li>
        ))}
      </ol>
    </div>
  );
}
