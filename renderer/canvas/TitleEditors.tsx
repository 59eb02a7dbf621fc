import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { updateLane } from '../../shared/edit/lanes';
import { updateStage } from '../../shared/edit/stages';
import { updateStep } from '../../shared/edit/steps';
import { CARD_METRICS, CARD_TITLE_INSET, CARD_TITLE_TEXT } from '../../shared/layout/cardStyle';
import type { MapLayout, Rect } from '../../shared/layout/mapLayout';
import { bodyOrigin, frozenCorner, frozenOrigin, rectToScreen, type CanvasView } from '../../shared/layout/viewTransform';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { MAP_LIMITS } from '../../shared/model/limits';
import { LINE_HEIGHT } from '../../shared/style/textStyle';
import { changeWithinLastEntry, useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { mountedCanvas } from './canvasView';
import { returnFocusTo } from './focusRing';
import { leaveFreshStep } from '../editing/freshStep';
import { NEW_STAGE_TITLE } from '../editing/stageCommands';


/**
 * The text field that edits a title in place, over the card, lane header or stage it names, at
 * the canvas's zoom. Enter keeps the text (trimmed), Shift+Enter starts a new line in a step's
 * title, Escape leaves the title as it was; clicking elsewhere keeps the text too.
 *
 * A card or stage just made by a gesture (a double-click, a palette drop, the N key, a stage drawn
 * across the stage row) opens its title at once; naming it belongs to that gesture, so the title
 * joins the undo entry that added it and one undo takes the whole thing away. A new stage left
 * unnamed (Escape, or an empty name) is called "New stage", as the Add stage command calls it.
 * Lanes are not folded: adding one gives it a name, and renaming it is a gesture of its own.
 */
export function TitleEditors({ layout, view }: { readonly layout: MapLayout; readonly view: CanvasView }) {
  const edit = useSessionStore((state) => state.titleEdit);
  const close = (): void => useSessionStore.getState().editTitle(null);
  if (edit?.kind === 'step') {
    const { stepId } = edit;
    const box = layout.steps.find((candidate) => candidate.stepId === stepId);
    if (!box) return null;
    const rect = rectToScreen(view, box);
    const z = view.zoom;
    return (
      <InPlaceField
        key={`step:${stepId}`}
        multiline
        label="Step title"
        initial={useDocumentStore.getState().map.steps.find((step) => step.id === stepId)?.title ?? ''}
        rect={rect}
        style={{
          fontSize: CARD_TITLE_TEXT.size * z,
          lineHeight: LINE_HEIGHT,
          padding: `${CARD_TITLE_INSET.top * z}px ${CARD_TITLE_INSET.right * z}px ${CARD_TITLE_INSET.bottom * z}px ${CARD_TITLE_INSET.left * z}px`,
          borderRadius: CARD_METRICS.cornerRadius * z,
        }}
        created={(map) => map.steps.some((step) => step.id === stepId)}
        commit={(title) => (map) => updateStep(map, stepId, { title })}
        close={() => {
          close();
          leaveFreshStep(stepId);
        }}
      />
    );
  }
  if (edit?.kind === 'lane') {
    const lane = layout.lanes.find((candidate) => candidate.laneId === edit.laneId);
    if (!lane) return null;
    const z = view.zoom;
    const x = frozenOrigin(view).x + (lane.header.x + 8) * z;
    const y = bodyOrigin(view).y + (lane.header.y + 27) * z;
    return (
      <InPlaceField
        key={`lane:${lane.laneId}`}
        label="Lane title"
        initial={lane.title}
        rect={{ x, y, width: (lane.header.width - 16) * z, height: 30 * z }}
        style={{ fontSize: 15 * z, fontWeight: 600, padding: `0 ${6 * z}px` }}
        commit={(title) => (map) => updateLane(map, lane.laneId, { title })}
        close={close}
      />
    );
  }
  if (edit?.kind === 'stage') {
    const stage = layout.stages.find((candidate) => candidate.stageId === edit.stageId);
    if (!stage) return null;
    const z = view.zoom;
    // Only the part of the stage right of the frozen lane headers is on screen; the field covers that part.
    const left = bodyOrigin(view).x + stage.x * z;
    const right = left + (stage.width - 1) * z;
    const x = Math.min(Math.max(left, frozenCorner(layout, view).x), right - 96);
    const rect: Rect = { x, y: frozenOrigin(view).y + stage.y * z, width: right - x, height: stage.height * z };
    return (
      <InPlaceField
        key={`stage:${stage.stageId}`}
        label="Stage title"
        initial={stage.title}
        rect={rect}
        style={{ fontSize: 13 * z, fontWeight: 600, padding: `0 ${11 * z}px` }}
        created={(map) => map.stages.some((candidate) => candidate.id === stage.stageId)}
        fallback={NEW_STAGE_TITLE}
        commit={(title) => (map) => updateStage(map, stage.stageId, { title })}
        close={close}
      />
    );
  }
  return null;
}

interface InPlaceFieldProps {
  readonly label: string;
  readonly initial: string;
  readonly rect: Rect;
  readonly style: CSSProperties;
  readonly multiline?: boolean;
  /** Whether a map has the thing being named: with it, a title given right after the thing was added joins that undo entry. */
  readonly created?: (map: JourneyMap) => boolean;
  /** The title a thing just added keeps when it is left unnamed. */
  readonly fallback?: string;
  readonly commit: (title: string) => (map: JourneyMap) => JourneyMap;
  readonly close: () => void;
}

// Maps made by naming something just added: naming it again is a new gesture, not part of the adding.
const namedAfterAdding = new WeakSet<JourneyMap>();

/**
 * The map the last undo entry produced, when that entry added the thing `created` looks for and
 * nothing has changed since; null otherwise.
 */
function addedByLastEntry(created: ((map: JourneyMap) => boolean) | undefined): JourneyMap | null {
  if (!created) return null;
  const { pastStates } = useDocumentStore.temporal.getState();
  const before = pastStates[pastStates.length - 1]?.map;
  const now = useDocumentStore.getState().map;
  return before && !created(before) && created(now) && !namedAfterAdding.has(now) ? now : null;
}

/** Applies a title, inside the undo entry that added the thing when `addedIn` is still the map on screen. */
function applyTitle(edit: (map: JourneyMap) => JourneyMap, addedIn: JourneyMap | null): void {
  const store = useDocumentStore.getState();
  if (!addedIn || store.map !== addedIn) {
    store.change(edit);
    return;
  }
  changeWithinLastEntry(edit);
  namedAfterAdding.add(useDocumentStore.getState().map);
}

function InPlaceField({ label, initial, rect, style, multiline = false, created, fallback, commit, close }: InPlaceFieldProps) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const finished = useRef(false);
  const [addedIn] = useState(() => addedByLastEntry(created));
  useEffect(() => {
    field.current?.focus({ preventScroll: true });
    field.current?.select();
  }, []);

  const finish = (keep: boolean, refocusCanvas: boolean): void => {
    if (finished.current) return;
    finished.current = true;
    const unnamed = addedIn && fallback !== undefined ? fallback : null;
    const typed = (field.current?.value ?? initial).trim();
    if (keep) applyTitle(commit(typed === '' && unnamed !== null ? unnamed : typed), addedIn);
    else if (unnamed !== null && initial === '') applyTitle(commit(unnamed), addedIn);
    close();
    // After Enter or Escape the keyboard carries on on the canvas; after a click elsewhere focus stays where the click put it.
    const canvas = mountedCanvas();
    if (refocusCanvas && canvas) returnFocusTo(canvas.element);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && !(multiline && event.shiftKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(true, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false, true);
    }
  };
  const props = {
    ref: field,
    className: 'canvas-title-editor',
    'aria-label': label,
    defaultValue: initial,
    maxLength: MAP_LIMITS.titleLength,
    style: { ...style, left: rect.x, top: rect.y, width: rect.width, height: rect.height },
    onKeyDown,
    onBlur: () => finish(true, false),
  };
  return multiline ? <textarea {...props} /> : <input type="text" {...props} />;
}
