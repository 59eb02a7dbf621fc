import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { updateLane } from '../../shared/edit/lanes';
import { MAX_PASTED_LINES, pastedLines, stepsFromLines, tooManyLines } from '../../shared/edit/pasteLines';
import { addStep, updateStep } from '../../shared/edit/steps';
import { lastColumnOf, type LaneKind } from '../../shared/model/journeyMap';
import { MAP_LIMITS } from '../../shared/model/limits';
import { LANE_KIND_WORDS } from '../../shared/words/laneKindWords';
import { laneName } from '../../shared/words/laneNames';
import { commandContext, commit } from '../commands/dispatch';
import { revealSteps } from '../canvas/revealSteps';
import { leaveFreshStep } from '../editing/freshStep';
import { useDocumentStore } from '../store/documentStore';
import { stepById } from '../store/mapIndex';
import { useOutlineFocus } from '../store/outlineFocus';
import { isStepSelected, useSessionStore } from '../store/sessionStore';
import { changeWhileTyping, endTyping } from '../store/typingEdits';
import type { OutlineRows } from './outlineRows';
import { OUTLINE_ROW, rowsToRender, useOutlineWindow } from './outlineWindow';

function addFirstStep(laneId: string): void {
  endTyping();
  const added = addStep(commandContext().map, { laneId, column: 0 });
  if (added.stepId) commit({ map: added.map, selection: { kind: 'steps', stepIds: [added.stepId] }, outlineFocus: { kind: 'step', stepId: added.stepId }, freshStepId: added.stepId });
}

export interface OutlineLaneViewProps extends OutlineRows {
  readonly keysId: string;
}

/** A lane of the outline: its title, and its steps (those in view) or the button that starts the first one. */
export const OutlineLaneView = memo(function OutlineLaneView({ lane, laneNumber, stepIds, keysId }: OutlineLaneViewProps) {
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
        <StepRows laneId={lane.id} stepIds={stepIds} laneName={name} kind={lane.kind} keysId={keysId} />
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

/** How far from the rows in view the focused row may be and still be kept in the page. */
const KEEP_FOCUSED_WITHIN = 200;

interface StepRowsProps {
  readonly laneId: string;
  readonly stepIds: readonly string[];
  readonly laneName: string;
  readonly kind: LaneKind;
  readonly keysId: string;
}

/**
 * A lane's steps as a list of which only the rows in view exist (outlineWindow.ts); the space of
 * the others is padding, so the scrollbar is true to the whole list. The focused row stays while
 * it is near, so scrolling the outline with the wheel does not take the focus from a title being typed.
 */
const StepRows = memo(function StepRows({ laneId, stepIds, laneName: name, kind, keysId }: StepRowsProps) {
  const measured = useOutlineWindow((state) => state.windows.get(laneId));
  const focusedIndex = useOutlineFocus((state) => (state.focus.kind === 'step' ? stepIds.indexOf(state.focus.stepId) : -1));
  let { first, last } = rowsToRender(measured, stepIds.length);
  if (focusedIndex >= 0 && focusedIndex >= first - KEEP_FOCUSED_WITHIN && focusedIndex <= last + KEEP_FOCUSED_WITHIN) {
    first = Math.min(first, focusedIndex);
    last = Math.max(last, focusedIndex);
  }
  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index++) {
    const stepId = stepIds[index]!;
    rows.push(
      <li key={stepId} aria-posinset={index + 1} aria-setsize={stepIds.length}>
        <OutlineStep stepId={stepId} number={index + 1} laneName={name} kind={kind} keysId={keysId} />
      </li>,
    );
  }
  return (
    <ol
      className="outline-lane__steps"
      data-lane-steps={laneId}
      data-count={stepIds.length}
      style={{ paddingTop: first * OUTLINE_ROW, paddingBottom: Math.max(0, stepIds.length - 1 - last) * OUTLINE_ROW }}
    >
      {rows}
    </ol>
  );
});

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
