import { memo, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { updateLane } from '../../shared/edit/lanes';
import { addStep, updateStep } from '../../shared/edit/steps';
import { MAX_PASTED_LINES, pastedLines, stepsFromLines, tooManyLines } from '../../shared/edit/pasteLines';
import { lastColumnOf, type JourneyMap, type Lane, type LaneKind } from '../../shared/model/journeyMap';
import { MAP_LIMITS } from '../../shared/model/limits';
import type { CommandId } from '../../shared/commands/commandIds';
import { commandContext, commit, dispatch } from '../commands/dispatch';
import { useOutlineFocus, type OutlineFocusRequest } from '../store/outlineFocus';
import { changeWhileTyping, endTyping } from '../store/typingEdits';
import { useDocumentStore } from '../store/documentStore';
import { stepById } from '../store/mapIndex';
import { isStepSelected, useSessionStore } from '../store/sessionStore';
import { LANE_KIND_WORDS } from '../../shared/words/laneKindWords';
import { laneName } from '../../shared/words/laneNames';
import { revealSteps } from '../canvas/revealSteps';
import { leaveFreshStep } from '../editing/freshStep';
import { OutlineResizer } from './OutlineResizer';
import { outlineOf } from './outlineOrder';

const ADD_LANE: readonly { kind: LaneKind; command: CommandId }[] = [
  { kind: 'journey', command: 'lane.addJourney' },
  { kind: 'context', command: 'lane.addContext' },
  { kind: 'process', command: 'lane.addProcess' },
];

/**
 * The map as text: every lane with its steps in column order, each title a text field. The
 * keyboard way to build a map (Enter adds the next step, Alt+↓ moves it to the next lane, Alt+arrows
 * move it, Delete on an empty title removes it; Tab only moves the focus); the keys are the outline's commands in the registry.
 *
 * Thousands of rows must not re-render for a click or a drop on the canvas: the lanes re-render
 * only when their list of steps changes, and each row selects its own step and whether it is
 * selected from the stores, so a selection change re-renders the rows it touches and an edit the
 * rows of the steps it changed.
 */
export function OutlinePanel() {
  const map = useDocumentStore((state) => state.map);
  const request = useOutlineFocus((state) => state.request);
  const outline = outlineRowsOf(map);
  const panel = useRef<HTMLElement>(null);
  const headingId = useId();
  const keysId = useId();

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

  // A selection made on the canvas or in the gaps panel shows here too, scrolled into view. The
  // scroll waits until the frame of the selection has been drawn: it makes the browser lay out the
  // outline, which is not worth delaying the canvas for. Subscribed here rather than selected, so
  // a selection change does not re-render the panel.
  useEffect(() => {
    let pending = 0;
    const unsubscribe = useSessionStore.subscribe((state, previous) => {
      if (state.selection === previous.selection) return;
      const { selection } = state;
      cancelAnimationFrame(pending);
      if (selection.kind !== 'steps' || selection.stepIds.length === 0) return;
      pending = requestAnimationFrame(() => {
        pending = requestAnimationFrame(() => {
          if (panel.current?.contains(document.activeElement)) return;
          if (useSessionStore.getState().selection !== selection) return;
          targetOf(panel.current, { kind: 'step', stepId: selection.stepIds[0]! })?.scrollIntoView({ block: 'nearest' });
        });
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
  }, []);

  return (
    <section ref={panel} className="panel outline" aria-labelledby={headingId} data-shortcut-scope="outline">
      <div className="outline__head">
        <h2 id={headingId} className="panel__heading">
          Outline
        </h2>
        <p id={keysId} className="outline__keys">
          <kbd>Enter</kbd> next step · <kbd>Alt</kbd>+<kbd>↓</kbd> next lane · <kbd>Alt</kbd>+arrows move · <kbd>Esc</kbd> leave
        </p>
      </div>
      <div className="outline__lanes">
        {outline.length === 0 && <p className="panel__hint">Start with a journey lane: the steps the customer takes, in their words.</p>}
        {outline.map(({ lane, stepIds, laneNumber }) => (
          <OutlineLaneView key={lane.id} lane={lane} laneNumber={laneNumber} stepIds={stepIds} keysId={keysId} />
        ))}
      </div>
      <div className="outline__add-lanes" role="group" aria-labelledby={`${headingId}-add`}>
        <span id={`${headingId}-add`} className="visually-hidden">
          Add lane
        </span>
        {ADD_LANE.map(({ kind, command }) => (
          <button key={kind} type="button" className="button button--small" aria-label={`Add ${kind} lane`} onClick={() => addLaneAndFocus(command)}>
            + {LANE_KIND_WORDS[kind]}
          </button>
        ))}
      </div>
      <OutlineResizer />
    </section>
  );
}

/** A lane of the outline as its view needs it: the lane, its place among lanes of its kind, its step ids in column order. */
interface OutlineRows {
  readonly lane: Lane;
  /** Its place among the lanes of its kind, from 1, for lanes without a title. */
  readonly laneNumber: number;
  readonly stepIds: readonly string[];
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, index) => id === b[index]);

// The last list of step ids shown for each lane (by lane id): kept as the same array while the
// lane's steps and their order do not change, so the memoised lane views skip an edit elsewhere.
const lastStepIds = new Map<string, readonly string[]>();
const rowsOfMap = new WeakMap<JourneyMap, readonly OutlineRows[]>();

/** The outline's lanes for a map, computed once per map. */
function outlineRowsOf(map: JourneyMap): readonly OutlineRows[] {
  const cached = rowsOfMap.get(map);
  if (cached) return cached;
  const counts = new Map<LaneKind, number>();
  const rows = outlineOf(map).map(({ lane, steps }) => {
    const laneNumber = (counts.get(lane.kind) ?? 0) + 1;
    counts.set(lane.kind, laneNumber);
    const ids = steps.map((step) => step.id);
    const before = lastStepIds.get(lane.id);
    const stepIds = before && sameIds(before, ids) ? before : ids;
    lastStepIds.set(lane.id, stepIds);
    return { lane, laneNumber, stepIds };
  });
  rowsOfMap.set(map, rows);
  return rows;
}

function targetOf(panel: HTMLElement | null, target: OutlineFocusRequest['target']): HTMLElement | null {
  if (!panel) return null;
  if (target.kind === 'add-lane') return panel.querySelector<HTMLElement>('.outline__add-lanes button');
  const attribute = target.kind === 'step' ? `data-step-id="${CSS.escape(target.stepId)}"` : `data-lane-id="${CSS.escape(target.laneId)}"`;
  return panel.querySelector<HTMLElement>(`[${attribute}]`);
}

/** Adds a lane from the outline: its title is named here, in the outline, not on the canvas. */
function addLaneAndFocus(command: CommandId): void {
  if (!dispatch(command)) return;
  const selection = useSessionStore.getState().selection;
  if (selection.kind === 'lane') commit({ titleEdit: null, outlineFocus: { kind: 'lane', laneId: selection.laneId } });
}

function addFirstStep(laneId: string): void {
  endTyping();
  const added = addStep(commandContext().map, { laneId, column: 0 });
  if (added.stepId) commit({ map: added.map, selection: { kind: 'steps', stepIds: [added.stepId] }, outlineFocus: { kind: 'step', stepId: added.stepId }, freshStepId: added.stepId });
}

interface OutlineLaneViewProps extends OutlineRows {
  readonly keysId: string;
}

const OutlineLaneView = memo(function OutlineLaneView({ lane, laneNumber, stepIds, keysId }: OutlineLaneViewProps) {
  const name = laneName(lane, laneNumber);
  const laneSelected = useSessionStore((state) => state.selection.kind === 'lane' && state.selection.laneId === lane.id);
  const onTitleKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Enter on a lane's title goes on to its steps, starting the lane's first one if it has none.
    event.preventDefault();
    endTyping();
    if (stepIds[0]) useOutlineFocus.getState().requestFocus({ kind: 'step', stepId: stepIds[0] });
    else addFirstStep(lane.id);
  };
  return (
    <div className={`outline-lane outline-lane--${lane.kind}${laneSelected ? ' outline-lane--selected' : ''}`} role="group" aria-label={name}>
      <div className="outline-lane__head">
        <span className="outline-lane__kind" aria-hidden="true">
          {LANE_KIND_WORDS[lane.kind]}
        </span>
        <input
          className="outline-lane__title"
          data-lane-id={lane.id}
          value={lane.title}
          title={lane.title || undefined}
          maxLength={MAP_LIMITS.titleLength}
          placeholder={`Name this ${LANE_KIND_WORDS[lane.kind].toLowerCase()} lane`}
          aria-label={`Title of ${LANE_KIND_WORDS[lane.kind].toLowerCase()} lane ${laneNumber}`}
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
      {stepIds.length === 0 ? (
        <button type="button" className="outline-lane__first" onClick={() => addFirstStep(lane.id)}>
          + Add first step
        </button>
      ) : (
        <ol className="outline-lane__steps">
          {stepIds.map((stepId, index) => (
            <li key={stepId}>
              <OutlineStep stepId={stepId} number={index + 1} laneName={name} kind={lane.kind} keysId={keysId} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
});

/**
 * A list pasted into a step's title becomes one step per line, as one undo step: into an empty
 * title the first line goes there and the rest follow it; after a title, every line follows. A
 * single line is left to the field, which pastes it as text. Whether the paste was taken.
 */
function pasteListAfter(stepId: string, text: string): boolean {
  const lines = pastedLines(text);
  if (lines.length < 2) return false;
  const { map } = commandContext();
  const step = map.steps.find((candidate) => candidate.id === stepId);
  if (!step) return false;
  endTyping();
  if (lines.length > MAX_PASTED_LINES) {
    commit({ notice: tooManyLines(lines.length) });
    return true;
  }
  const intoThis = step.title.trim() === '';
  const start = intoThis ? updateStep(map, stepId, { title: lines[0]! }) : map;
  const added = stepsFromLines(start, intoThis ? lines.slice(1) : lines, { laneId: step.laneId, column: lastColumnOf(step) + 1 });
  const last = added.stepIds.at(-1) ?? stepId;
  commit({ map: added.map, selection: { kind: 'steps', stepIds: [last] }, outlineFocus: { kind: 'step', stepId: last } });
  return true;
}

function leaveField(): void {
  endTyping();
  useOutlineFocus.getState().focused({ kind: 'none' });
}

interface OutlineStepProps {
  readonly stepId: string;
  /** Its place in its lane, from 1. */
  readonly number: number;
  readonly laneName: string;
  readonly kind: LaneKind;
  readonly keysId: string;
}

/** One step's row: selects its own step and selection state, so it re-renders only when they change. */
const OutlineStep = memo(function OutlineStep({ stepId, number, laneName: name, kind, keysId }: OutlineStepProps) {
  const step = useDocumentStore((state) => stepById(state.map, stepId));
  const selected = useSessionStore((state) => isStepSelected(state.selection, stepId));
  if (!step) return null;
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
        title={step.title || undefined}
        maxLength={MAP_LIMITS.titleLength}
        placeholder={kind === 'journey' ? 'What does the customer do?' : kind === 'process' ? 'What does the team do?' : 'Who or what is there?'}
        aria-label={`Step ${number} of ${name}, column ${step.column + 1}`}
        aria-describedby={keysId}
        spellCheck={false}
        onChange={(event) => {
          const title = event.target.value;
          changeWhileTyping(`${stepId}.title`, (map) => updateStep(map, stepId, { title }));
        }}
        onFocus={() => {
          useOutlineFocus.getState().focused({ kind: 'step', stepId });
          // The canvas follows the outline, so a typist sees the card they are writing.
          revealSteps([stepId]);
          const { selection, select } = useSessionStore.getState();
          if (selection.kind !== 'steps' || selection.stepIds.length !== 1 || selection.stepIds[0] !== stepId) select({ kind: 'steps', stepIds: [stepId] });
        }}
        onBlur={() => {
          leaveField();
          leaveFreshStep(stepId);
        }}
        onPaste={(event) => {
          if (pasteListAfter(stepId, event.clipboardData.getData('text/plain'))) event.preventDefault();
        }}
      />
    </div>
  );
});
