import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { CommandId } from '../../shared/commands/commandIds';
import type { LaneKind } from '../../shared/model/journeyMap';
import { LANE_KIND_WORDS } from '../../shared/words/laneKindWords';
import { commit, dispatch } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { useOutlineFocus, type OutlineFocusRequest } from '../store/outlineFocus';
import { useSessionStore } from '../store/sessionStore';
import { OutlineLaneView } from './OutlineLaneView';
import { OutlineResizer } from './OutlineResizer';
import { outlineRowsOf, type OutlineRows } from './outlineRows';
import { measureOutlineWindows, revealOutlineRow, useOutlineWindow } from './outlineWindow';

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
  const lanes = useRef<HTMLDivElement>(null);
  // A focus request for a row out of view waits for the row to be in the page (see below).
  const windows = useOutlineWindow((state) => state.windows);

  // Which rows are in view: measured when the outline scrolls or changes size, and after every
  // change of the map (a lane grown above moves the lists below), before the frame is painted.
  useLayoutEffect(() => {
    if (lanes.current) measureOutlineWindows(lanes.current);
  }, [outline]);
  useEffect(() => {
    const scroller = lanes.current;
    if (!scroller) return;
    let frame = 0;
    const measure = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => measureOutlineWindows(scroller));
    };
    scroller.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(scroller);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, []);
  const headingId = useId();
  const keysId = useId();

  // Focus follows the outline's commands once their change is on screen: the new step's field,
  // the neighbour of a deleted step, a step that moved into another lane's list.
  useLayoutEffect(() => {
    if (!request) return;
    const element = targetOf(panel.current, request.target);
    // A step whose row is not in the page yet: scroll to it; this runs again once it is rendered.
    if (!element && request.target.kind === 'step' && lanes.current && revealRowOf(lanes.current, outline, request.target.stepId)) return;
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
  }, [request, windows, outline]);

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
          const stepId = selection.stepIds[0]!;
          const row = targetOf(panel.current, { kind: 'step', stepId });
          if (row) row.scrollIntoView({ block: 'nearest' });
          else if (lanes.current) revealRowOf(lanes.current, outlineRowsOf(useDocumentStore.getState().map), stepId);
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
      <div ref={lanes} className="outline__lanes">
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

/** Scrolls the outline to a step's row; whether the step is in the outline. */
function revealRowOf(scroller: HTMLElement, outline: readonly OutlineRows[], stepId: string): boolean {
  for (const { lane, stepIds } of outline) {
    const index = stepIds.indexOf(stepId);
    if (index >= 0) return revealOutlineRow(scroller, lane.id, index);
  }
  return false;
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
