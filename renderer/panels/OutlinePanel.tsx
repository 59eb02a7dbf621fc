import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { updateLane } from '../../shared/edit/lanes';
import { addStep, updateStep } from '../../shared/edit/steps';
import type { Lane, LaneKind, Step } from '../../shared/model/journeyMap';
import { runCommand } from '../commands/commands';
import { useOutlineFocus, type OutlineFocusRequest } from '../commands/outlineFocus';
import { outlineOf } from '../commands/outlineOrder';
import { changeWhileTyping, endTyping } from '../commands/typingEdits';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { KIND_WORD, laneName } from './laneWords';
import { revealSteps } from './revealSteps';

const ADD_LANE: readonly { kind: LaneKind; command: string }[] = [
  { kind: 'journey', command: 'lane.addJourney' },
  { kind: 'context', command: 'lane.addContext' },
  { kind: 'process', command: 'lane.addProcess' },
];

/**
 * The map as text: every lane with its steps in column order, each title a text field. The
 * keyboard way to build a map (Enter adds the next step, Tab moves it to the next lane, Alt+arrows
 * move it, Delete on an empty title removes it); the keys are the outline's commands in the registry.
 */
export function OutlinePanel() {
  const map = useDocumentStore((state) => state.map);
  const selection = useSessionStore((state) => state.selection);
  const request = useOutlineFocus((state) => state.request);
  const outline = useMemo(() => outlineOf(map), [map]);
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  const keysId = useId();

  const selectedSteps = useMemo(() => new Set(selection.kind === 'steps' ? selection.stepIds : []), [selection]);
  const selectedLane = selection.kind === 'lane' ? selection.laneId : null;

  // Focus follows the outline's commands once their change is on screen: the new step's field,
  // the neighbour of a deleted step, a step that moved into another lane's list.
  useLayoutEffect(() => {
    if (!request) return;
    const element = targetOf(panel.current, request.target);
    useOutlineFocus.getState().requestDone();
    if (!element) return;
    if (document.activeElement !== element) {
      element.focus();
      if (element instanceof HTMLInputElement) {
        if (request.target.kind === 'lane') element.select();
        else element.setSelectionRange(element.value.length, element.value.length);
      }
    }
    element.scrollIntoView({ block: 'nearest' });
  }, [request]);

  // A selection made on the canvas or in the gaps panel shows here too, scrolled into view.
  useEffect(() => {
    if (selection.kind !== 'steps' || selection.stepIds.length === 0) return;
    if (panel.current?.contains(document.activeElement)) return;
    targetOf(panel.current, { kind: 'step', stepId: selection.stepIds[0]! })?.scrollIntoView({ block: 'nearest' });
  }, [selection]);

  return (
    <section ref={panel} className="panel outline" aria-labelledby={headingId} data-shortcut-scope="outline">
      <div className="outline__head">
        <h2 id={headingId} className="panel__heading">
          Outline
        </h2>
        <p id={keysId} className="outline__keys">
          <kbd>Enter</kbd> next step · <kbd>Tab</kbd> next lane · <kbd>Alt</kbd>+arrows move · <kbd>Esc</kbd> leave
        </p>
      </div>
      <div className="outline__lanes">
        {outline.length === 0 && <p className="panel__hint">Start with a journey lane: the steps the customer takes, in their words.</p>}
        {outline.map(({ lane, steps }, laneIndex) => (
          <OutlineLaneView
            key={lane.id}
            lane={lane}
            laneNumber={outline.slice(0, laneIndex + 1).filter((entry) => entry.lane.kind === lane.kind).length}
            steps={steps}
            selectedSteps={selectedSteps}
            laneSelected={selectedLane === lane.id}
            keysId={keysId}
          />
        ))}
      </div>
      <div className="outline__add-lanes" role="group" aria-labelledby={`${headingId}-add`}>
        <span id={`${headingId}-add`} className="visually-hidden">
          Add lane
        </span>
        {ADD_LANE.map(({ kind, command }) => (
          <button key={kind} type="button" className="button button--small" aria-label={`Add ${kind} lane`} onClick={() => addLaneAndFocus(command)}>
            + {KIND_WORD[kind]}
          </button>
        ))}
      </div>
    </section>
  );
}

function targetOf(panel: HTMLElement | null, target: OutlineFocusRequest['target']): HTMLElement | null {
  if (!panel) return null;
  if (target.kind === 'add-lane') return panel.querySelector<HTMLElement>('.outline__add-lanes button');
  const attribute = target.kind === 'step' ? `data-step-id="${CSS.escape(target.stepId)}"` : `data-lane-id="${CSS.escape(target.laneId)}"`;
  return panel.querySelector<HTMLElement>(`[${attribute}]`);
}

function addLaneAndFocus(command: string): void {
  if (!runCommand(command)) return;
  const selection = useSessionStore.getState().selection;
  if (selection.kind === 'lane') useOutlineFocus.getState().requestFocus({ kind: 'lane', laneId: selection.laneId });
}

function addFirstStep(laneId: string): void {
  let stepId = '';
  endTyping();
  useDocumentStore.getState().change((map) => {
    const result = addStep(map, { laneId, column: 0 });
    stepId = result.stepId;
    return result.map;
  });
  if (!stepId) return;
  useSessionStore.getState().select({ kind: 'steps', stepIds: [stepId] });
  useOutlineFocus.getState().requestFocus({ kind: 'step', stepId });
}

interface OutlineLaneViewProps {
  readonly lane: Lane;
  /** Its place among the lanes of its kind, from 1, for lanes without a title. */
  readonly laneNumber: number;
  readonly steps: readonly Step[];
  readonly selectedSteps: ReadonlySet<string>;
  readonly laneSelected: boolean;
  readonly keysId: string;
}

function OutlineLaneView({ lane, laneNumber, steps, selectedSteps, laneSelected, keysId }: OutlineLaneViewProps) {
  const name = laneName(lane, laneNumber);
  const onTitleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Enter on a lane's title goes on to its steps, starting the lane's first one if it has none.
    event.preventDefault();
    endTyping();
    if (steps[0]) useOutlineFocus.getState().requestFocus({ kind: 'step', stepId: steps[0].id });
    else addFirstStep(lane.id);
  };
  return (
    <div className={`outline-lane outline-lane--${lane.kind}${laneSelected ? ' outline-lane--selected' : ''}`} role="group" aria-label={name}>
      <div className="outline-lane__head">
        <span className="outline-lane__kind" aria-hidden="true">
          {KIND_WORD[lane.kind]}
        </span>
        <input
          className="outline-lane__title"
          data-lane-id={lane.id}
          value={lane.title}
          placeholder={`Name this ${KIND_WORD[lane.kind].toLowerCase()} lane`}
          aria-label={`Title of ${KIND_WORD[lane.kind].toLowerCase()} lane ${laneNumber}`}
          spellCheck={false}
          onChange={(event) => {
            const title = event.target.value;
            changeWhileTyping(`${lane.id}.title`, (map) => updateLane(map, lane.id, { title }));
          }}
          onFocus={() => {
            useOutlineFocus.getState().focused({ kind: 'lane', laneId: lane.id });
            const { selection, select } = useSessionStore.getState();
            if (selection.kind !== 'lane' || selection.laneId !== lane.id) select({ kind: 'lane', laneId: lane.id });
          }}
          onBlur={leaveField}
          onKeyDown={onTitleKeyDown}
        />
      </div>
      {steps.length === 0 ? (
        <button type="button" className="outline-lane__first" onClick={() => addFirstStep(lane.id)}>
          + Add first step
        </button>
      ) : (
        <ol className="outline-lane__steps">
          {steps.map((step, index) => (
            <li key={step.id}>
              <OutlineStep
                step={step}
                label={`Step ${index + 1} of ${name}, column ${step.column + 1}`}
                kind={lane.kind}
                selected={selectedSteps.has(step.id)}
                keysId={keysId}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function leaveField(): void {
  endTyping();
  useOutlineFocus.getState().focused({ kind: 'none' });
}

interface OutlineStepProps {
  readonly step: Step;
  readonly label: string;
  readonly kind: LaneKind;
  readonly selected: boolean;
  readonly keysId: string;
}

const OutlineStep = memo(function OutlineStep({ step, label, kind, selected, keysId }: OutlineStepProps) {
  return (
    <div className={selected ? 'outline-step outline-step--selected' : 'outline-step'}>
      <span className="outline-step__column" aria-hidden="true">
        {step.column + 1}
        {step.span > 1 && `–${step.column + step.span}`}
      </span>
      <input
        className="outline-step__title"
        data-step-id={step.id}
        value={step.title}
        placeholder={kind === 'journey' ? 'What does the customer do?' : kind === 'process' ? 'What does the team do?' : 'Who or what is there?'}
        aria-label={label}
        aria-describedby={keysId}
        spellCheck={false}
        onChange={(event) => {
          const title = event.target.value;
          changeWhileTyping(`${step.id}.title`, (map) => updateStep(map, step.id, { title }));
        }}
        onFocus={() => {
          useOutlineFocus.getState().focused({ kind: 'step', stepId: step.id });
          // The canvas follows the outline, so a typist sees the card they are writing.
          revealSteps([step.id]);
          const { selection, select } = useSessionStore.getState();
          if (selection.kind !== 'steps' || selection.stepIds.length !== 1 || selection.stepIds[0] !== step.id) select({ kind: 'steps', stepIds: [step.id] });
        }}
        onBlur={leaveField}
      />
    </div>
  );
});
