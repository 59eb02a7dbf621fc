import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { updateLane } from '../../shared/edit/lanes';
import { updateStage } from '../../shared/edit/stages';
import { updateStep } from '../../shared/edit/steps';
import type { MapLayout, Rect } from '../../shared/layout/mapLayout';
import { bodyOrigin, frozenOrigin, rectToScreen, type CanvasView } from '../../shared/layout/viewTransform';
import { useDocumentStore } from '../store/documentStore';
import { useSessionStore } from '../store/sessionStore';
import { useCanvasStore } from './canvasStore';
import { mountedCanvas } from './canvasView';
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT } from './StepCard';

/**
 * The text field that edits a title in place, over the card, lane header or stage it names, at
 * the canvas's zoom. Enter keeps the text (trimmed), Shift+Enter starts a new line in a step's
 * title, Escape leaves the title as it was; clicking elsewhere keeps the text too.
 */
export function TitleEditors({ layout, view }: { readonly layout: MapLayout; readonly view: CanvasView }) {
  const stepId = useSessionStore((state) => state.editingStepId);
  const header = useCanvasStore((state) => state.headerEdit);
  if (stepId) {
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
        style={{ fontSize: CARD_FONT_SIZE * z, lineHeight: CARD_LINE_HEIGHT, padding: `${9 * z}px ${12 * z}px ${9 * z}px ${14 * z}px`, borderRadius: 6 * z }}
        commit={(title) => useDocumentStore.getState().change((map) => updateStep(map, stepId, { title }))}
        close={() => useSessionStore.getState().editStepTitle(null)}
      />
    );
  }
  if (header?.kind === 'lane') {
    const lane = layout.lanes.find((candidate) => candidate.laneId === header.laneId);
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
        commit={(title) => useDocumentStore.getState().change((map) => updateLane(map, lane.laneId, { title }))}
        close={() => useCanvasStore.setState({ headerEdit: null })}
      />
    );
  }
  if (header?.kind === 'stage') {
    const stage = layout.stages.find((candidate) => candidate.stageId === header.stageId);
    if (!stage) return null;
    const z = view.zoom;
    const rect: Rect = { x: bodyOrigin(view).x + stage.x * z, y: frozenOrigin(view).y + stage.y * z, width: (stage.width - 1) * z, height: stage.height * z };
    return (
      <InPlaceField
        key={`stage:${stage.stageId}`}
        label="Stage title"
        initial={stage.title}
        rect={rect}
        style={{ fontSize: 13 * z, fontWeight: 600, padding: `0 ${11 * z}px` }}
        commit={(title) => useDocumentStore.getState().change((map) => updateStage(map, stage.stageId, { title }))}
        close={() => useCanvasStore.setState({ headerEdit: null })}
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
  readonly commit: (title: string) => void;
  readonly close: () => void;
}

function InPlaceField({ label, initial, rect, style, multiline = false, commit, close }: InPlaceFieldProps) {
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    field.current?.focus({ preventScroll: true });
    field.current?.select();
  }, []);

  const finish = (keep: boolean, refocusCanvas: boolean): void => {
    if (finished.current) return;
    finished.current = true;
    if (keep) commit((field.current?.value ?? initial).trim());
    close();
    // After Enter or Escape the keyboard carries on on the canvas; after a click elsewhere focus stays where the click put it.
    if (refocusCanvas) mountedCanvas()?.element.focus({ preventScroll: true });
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
    style: { ...style, left: rect.x, top: rect.y, width: rect.width, height: rect.height },
    onKeyDown,
    onBlur: () => finish(true, false),
  };
  return multiline ? <textarea {...props} /> : <input type="text" {...props} />;
}
