import { updateMapDetails } from '../../shared/edit/mapDetails';
import { useId, type ReactNode } from 'react';
import type { Gap } from '../../shared/analysis/coverage';
import { MAX_COLUMN } from '../../shared/edit/columns';
import { inScreenOrder } from '../../shared/edit/laneOrder';
import { updateLane } from '../../shared/edit/lanes';
import { updateStage } from '../../shared/edit/stages';
import { moveStepTo, updateStep } from '../../shared/edit/steps';
import { lastColumnOf, LANE_KINDS, type JourneyMap, type Lane, type LaneKind, type Stage, type Step } from '../../shared/model/journeyMap';
import { stepCountLabel } from '../../shared/words/figureWords';
import { gapKindLabel } from '../../shared/words/gapKindWords';
import { LANE_KIND_WORDS } from '../../shared/words/laneKindWords';
import { EmotionCurveToggle } from './inspector/EmotionCurveToggle';
import { dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useAnalysis } from '../store/useAnalysis';
import { laneName } from '../../shared/words/laneNames';
import { NumberField } from '../widgets/NumberField';
import { LanePersonaField } from './personas/LanePersonaField';
import './inspector/inspector.css';
import { JourneyStepFields } from './inspector/JourneyStepFields';
import { ProcessStepFields } from './inspector/ProcessStepFields';
import { StepOpportunityButton } from './inspector/StepOpportunityButton';
import { TypingField } from '../widgets/TypingField';

const change = (edit: (map: JourneyMap) => JourneyMap): void => useDocumentStore.getState().change(edit);

// Columns are shown from 1, as on the canvas; the file counts from 0.
const LAST_SHOWN_COLUMN = MAX_COLUMN + 1;
const atLeastOne = (value: number): string | null =>
  value < 1 ? 'Columns are counted from 1.' : value > LAST_SHOWN_COLUMN ? 'That column is beyond what a map can hold.' : null;

/** Every field of what is selected: a step (with the method's fields for its lane's kind), a lane, a stage; a count for several steps; the map's title for nothing. */
export function Inspector() {
  const selection = useSessionStore((state) => state.selection);
  const map = useDocumentStore((state) => state.map);
  const headingId = useId();

  let body: ReactNode;
  let heading = 'Details';
  let deleteLabel: string | null = null;
  if (selection.kind === 'steps' && selection.stepIds.length > 1) {
    heading = `${selection.stepIds.length} steps selected`;
    body = <SeveralSteps />;
  } else if (selection.kind === 'steps' && selection.stepIds.length === 1) {
    const step = map.steps.find((candidate) => candidate.id === selection.stepIds[0]);
    // A step taken back by an undo may still be named by the selection: then the map's details show, under their own heading.
    heading = step ? 'Step' : heading;
    deleteLabel = step ? 'Delete step' : null;
    body = step ? <StepDetails key={step.id} map={map} step={step} /> : <Nothing map={map} />;
  } else if (selection.kind === 'lane') {
    const lane = map.lanes.find((candidate) => candidate.id === selection.laneId);
    heading = lane ? `${LANE_KIND_WORDS[lane.kind]} lane` : heading;
    deleteLabel = lane ? 'Delete lane' : null;
    body = lane ? <LaneDetails key={lane.id} map={map} lane={lane} /> : <Nothing map={map} />;
  } else if (selection.kind === 'stage') {
    const stage = map.stages.find((candidate) => candidate.id === selection.stageId);
    heading = stage ? 'Stage' : heading;
    deleteLabel = stage ? 'Delete stage' : null;
    body = stage ? <StageDetails key={stage.id} stage={stage} /> : <Nothing map={map} />;
  } else {
    body = <Nothing map={map} />;
  }

  return (
    <section className="panel inspector" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__heading">
          {heading}
        </h2>
        {deleteLabel && (
          <button type="button" className="button button--small button--danger" onClick={() => dispatch('selection.delete')}>
            {deleteLabel}
          </button>
        )}
      </div>
      {body}
    </section>
  );
}

function Nothing({ map }: { readonly map: JourneyMap }) {
  return (
    <>
      <TypingField label="Map title" value={map.title} placeholder="Untitled map" field="map.title" edit={(title) => (current) => updateMapDetails(current, { title })} />
      <TypingField label="Client" value={map.client ?? ''} placeholder="Whose organisation the map is for" field="map.client" edit={(client) => (current) => updateMapDetails(current, { client })} />
      <TypingField label="Author" value={map.author ?? ''} placeholder="Who made the map" field="map.author" edit={(author) => (current) => updateMapDetails(current, { author })} />
      <p className="panel__hint">The report's cover shows the title, client and author.</p>
      <p className="panel__hint">Select a step, a lane or a stage on the canvas or in the outline to see and change its details.</p>
    </>
  );
}

function SeveralSteps() {
  return (
    <div className="inspector__actions">
      <button type="button" className="button" onClick={() => dispatch('selection.duplicate')}>
        Duplicate
      </button>
      <button type="button" className="button button--danger" onClick={() => dispatch('selection.delete')}>
        Delete steps
      </button>
    </div>
  );
}

function StepDetails({ map, step }: { readonly map: JourneyMap; readonly step: Step }) {
  const lanes = inScreenOrder(map.lanes);
  const lane = lanes.find((candidate) => candidate.id === step.laneId);
  const laneSelectId = useId();
  return (
    <>
      <TypingField
        label="Title"
        value={step.title}
        field={`${step.id}.title`}
        placeholder="Untitled step"
        edit={(title) => (current) => updateStep(current, step.id, { title })}
      />
      <div className="field">
        <label htmlFor={laneSelectId} className="field__label">
          Lane
        </label>
        <select
          id={laneSelectId}
          className="field__input"
          value={step.laneId}
          onChange={(event) => {
            const laneId = event.target.value;
            change((current) => moveStepTo(current, step.id, { laneId, column: step.column }));
          }}
        >
          {lanes.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {laneName(candidate, lanes.filter((other) => other.kind === candidate.kind).indexOf(candidate) + 1)} ({LANE_KIND_WORDS[candidate.kind].toLowerCase()})
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <NumberField
          label="Column"
          value={step.column + 1}
          check={atLeastOne}
          onCommit={(column) => change((current) => updateStep(current, step.id, { column: column - 1 }))}
        />
        <NumberField
          label="Span (columns)"
          value={step.span}
          check={(span) => (span < 1 ? 'A step spans at least 1 column.' : span > MAX_COLUMN - step.column ? 'That reaches beyond what a map can hold.' : null)}
          onCommit={(span) => change((current) => updateStep(current, step.id, { span }))}
        />
      </div>
      {lane && <StepCoverage map={map} step={step} kind={lane.kind} />}
      {lane?.kind === 'journey' && <JourneyStepFields step={step} />}
      {lane?.kind === 'process' && <ProcessStepFields step={step} />}
      <StepOpportunityButton stepId={step.id} />
    </>
  );
}

/** What the analysis says about this step: covered or in which gap; for a process step, whom it meets. */
function StepCoverage({ map, step, kind }: { readonly map: JourneyMap; readonly step: Step; readonly kind: LaneKind }) {
  const analysis = useAnalysis();
  if (kind === 'context') return null;
  const kindOf = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const overlapping = (other: LaneKind) =>
    map.steps.filter((candidate) => kindOf.get(candidate.laneId) === other && candidate.column <= lastColumnOf(step) && lastColumnOf(candidate) >= step.column);
  const titles = (steps: readonly Step[]) => steps.map((candidate) => candidate.title || 'Untitled step').join('; ');

  if (kind === 'process') {
    const met = overlapping('journey');
    return (
      <div className={met.length === 0 ? 'coverage-note coverage-note--gap' : 'coverage-note'}>
        <p className="coverage-note__status">{met.length === 0 ? 'Inside-out work' : 'Meets the customer'}</p>
        <p className="coverage-note__detail">{met.length === 0 ? 'No journey step shares its columns: the customer never meets it.' : titles(met)}</p>
      </div>
    );
  }

  let gap: Gap | undefined;
  for (const lane of analysis.lanes) gap ??= lane.gaps.find((candidate) => candidate.stepIds.includes(step.id));
  if (gap) {
    return (
      <div className="coverage-note coverage-note--gap">
        <p className="coverage-note__status">
          <span className={`gap__swatch gap__swatch--${gap.kind}`} aria-hidden="true" /> {gap.kind === 'entire' ? gapKindLabel(gap.kind) : `Not covered · ${gapKindLabel(gap.kind)} gap`}
        </p>
        <p className="coverage-note__detail">
          {gap.accompaniedBy.length > 0
            ? `With the customer: ${gap.accompaniedBy.map((id) => map.steps.find((candidate) => candidate.id === id)?.title || 'Untitled step').join('; ')}`
            : 'The customer is on their own here.'}
        </p>
      </div>
    );
  }
  return (
    <div className="coverage-note coverage-note--covered">
      <p className="coverage-note__status">Covered</p>
      <p className="coverage-note__detail">Accompanied by: {titles(overlapping('process'))}</p>
    </div>
  );
}

function LaneDetails({ map, lane }: { readonly map: JourneyMap; readonly lane: Lane }) {
  const kindSelectId = useId();
  const steps = map.steps.filter((step) => step.laneId === lane.id).length;
  return (
    <>
      <TypingField
        label="Title"
        value={lane.title}
        field={`${lane.id}.title`}
        placeholder={`Name this ${LANE_KIND_WORDS[lane.kind].toLowerCase()} lane`}
        edit={(title) => (current) => updateLane(current, lane.id, { title })}
      />
      <div className="field">
        <label htmlFor={kindSelectId} className="field__label">
          Kind
        </label>
        <select
          id={kindSelectId}
          className="field__input"
          value={lane.kind}
          onChange={(event) => {
            const kind = event.target.value as LaneKind;
            change((current) => updateLane(current, lane.id, { kind }));
          }}
        >
          {LANE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {LANE_KIND_WORDS[kind]}
            </option>
          ))}
        </select>
      </div>
      {lane.kind === 'journey' && (
        <>
          <LanePersonaField lane={lane} />
          <EmotionCurveToggle lane={lane} />
        </>
      )}
      {lane.kind === 'process' && (
        <TypingField
          label="Owner"
          value={lane.owner ?? ''}
          field={`${lane.id}.owner`}
          placeholder="Who answers for this team?"
          edit={(owner) => (current) => updateLane(current, lane.id, { owner })}
        />
      )}
      <p className="panel__hint">{steps === 0 ? 'No steps yet.' : `${stepCountLabel(steps)} in this lane.`}</p>
    </>
  );
}

function StageDetails({ stage }: { readonly stage: Stage }) {
  return (
    <>
      <TypingField
        label="Title"
        value={stage.title}
        field={`${stage.id}.title`}
        placeholder="Name this stage"
        edit={(title) => (current) => updateStage(current, stage.id, { title })}
      />
      <div className="field-row">
        <NumberField
          label="From column"
          value={stage.fromColumn + 1}
          check={(from) => atLeastOne(from) ?? (from - 1 > stage.toColumn ? `A stage starts at or before its last column (${stage.toColumn + 1}).` : null)}
          onCommit={(from) => change((current) => updateStage(current, stage.id, { fromColumn: from - 1 }))}
        />
        <NumberField
          label="To column"
          value={stage.toColumn + 1}
          check={(to) => atLeastOne(to) ?? (to - 1 < stage.fromColumn ? `A stage ends at or after its first column (${stage.fromColumn + 1}).` : null)}
          onCommit={(to) => change((current) => updateStage(current, stage.id, { toColumn: to - 1 }))}
        />
      </div>
    </>
  );
}
