import type Konva from 'konva';
import { useEffect, type RefObject } from 'react';
import { moveLane } from '../../shared/edit/lanes';
import { updateStage } from '../../shared/edit/stages';
import { moveSteps, resizeStep } from '../../shared/edit/steps';
import { cellAt, laneAt, rectBetween, stageAt, stageEdgeAt, stepAt, stepsInRect, columnAt, type Point } from '../../shared/layout/hitTest';
import { emotionBandAt } from '../../shared/layout/emotionCurve';
import type { MapLayout, Rect, StepBox } from '../../shared/layout/mapLayout';
import { dropSpots, laneDrop, resizeStageEdge, snapMove, snapSpan, stageSpan, type MoveSnap } from '../../shared/layout/snapping';
import type { ScrollAxes } from '../../shared/layout/autoScroll';
import { regionAt, scrollingEdges, toMap, type CanvasView } from '../../shared/layout/viewTransform';
import { commit, dispatch } from '../commands/dispatch';
import { openContextMenu } from '../panels/ContextMenu';
import { useDocumentStore } from '../store/documentStore';
import { selectedStepIds, useSessionStore } from '../store/sessionStore';
import { previewGapBands, type PlacedStep } from './canvasLayout';
import { NO_GESTURE, useCanvasStore, type Gesture } from './canvasStore';
import { startAutoScroll } from './autoScroller';
import { scrolledNow, setCarriedCards } from './canvasView';
import { markPointerFocus } from './focusRing';
import { onResizeGrip } from './OverlayLayer';

/** The canvas as the pointer handlers need it at the moment of an event. */
export interface LiveCanvas {
  readonly layout: MapLayout;
  readonly view: CanvasView;
}

/** Pixels a pointer must travel before a press becomes a drag: a click on a card must not nudge it. */
const DRAG_THRESHOLD = 4;
/** How near a stage's edge, in screen pixels, the pointer grabs the edge. */
const STAGE_EDGE_REACH = 6;

const STEP_MENU = ['step.rename', 'selection.duplicate', 'clipboard.copy', 'clipboard.cut', 'selection.delete'] as const;
const LANE_MENU = ['step.add', 'selection.delete'] as const;
const JOURNEY_LANE_MENU = ['step.add', 'lane.toggleEmotionCurve', 'selection.delete'] as const;
const STAGE_MENU = ['selection.delete'] as const;
const CANVAS_MENU = ['step.add', 'clipboard.paste', 'lane.addJourney', 'lane.addContext', 'lane.addProcess', 'stage.add'] as const;

const doc = () => useDocumentStore.getState();
const session = () => useSessionStore.getState();
const setGesture = (gesture: Gesture): void => useCanvasStore.setState({ gesture });

/** Where a tracked drag's pointer is now. */
interface DragPoint {
  /** On screen, relative to the viewport. */
  readonly screen: Point;
  /** The map point of the scrolling body under the pointer. */
  readonly at: Point;
  /** How far the pointer has moved over the map since the press, in map pixels: scrolling the map under a still pointer moves it too. */
  readonly dx: number;
  readonly dy: number;
  /** The canvas as it is scrolled now. */
  readonly canvas: LiveCanvas;
}

/** What a tracked drag reports, and which ways the view scrolls when its pointer nears an edge (none when left out). */
interface DragHandlers {
  readonly autoScroll?: ScrollAxes;
  onMove(point: DragPoint): void;
  onDrop(moved: boolean, event: PointerEvent): void;
  onCancel?(): void;
}

const BOTH_WAYS: ScrollAxes = { x: true, y: true };
const SIDEWAYS: ScrollAxes = { x: true, y: false };
const UP_AND_DOWN: ScrollAxes = { x: false, y: true };

/**
 * Pointer handling of the canvas: every press is hit tested against the shared layout (the Konva
 * layers do not listen), then followed on the document until release, so a drag keeps going when
 * the pointer leaves the canvas. Escape cancels a drag without changing anything.
 */
export function useCanvasPointer(
  element: RefObject<HTMLDivElement | null>,
  scroller: RefObject<HTMLDivElement | null>,
  live: RefObject<LiveCanvas | null>,
  carriedRef: RefObject<Konva.Group | null>,
): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    let tracking = false;
    let spaceHeld = false;

    // Presses in a title being edited belong to the text field, not to the canvas under it.
    const inField = (event: Event): boolean => event.target instanceof Element && event.target.closest('.canvas-title-editor') !== null;

    const screenOf = (event: { readonly clientX: number; readonly clientY: number }): Point => {
      const bounds = target.getBoundingClientRect();
      return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
    };

    // The canvas as scrolled this moment: the scroller may be ahead of the last render (auto-scroll, a wheel).
    const now = (): LiveCanvas | null => {
      const canvas = live.current;
      return canvas && { layout: canvas.layout, view: scrolledNow(canvas.view, scroller.current) };
    };

    const track = (start: PointerEvent, handlers: DragHandlers): void => {
      const startCanvas = now();
      if (!startCanvas) return;
      tracking = true;
      const origin = screenOf(start);
      const originOnMap = toMap(startCanvas.view, origin);
      let moved = false;
      let pointer = { clientX: start.clientX, clientY: start.clientY };
      const report = (): void => {
        const canvas = now();
        if (!canvas) return;
        const screen = screenOf(pointer);
        const at = toMap(canvas.view, screen);
        handlers.onMove({ screen, at, dx: at.x - originOnMap.x, dy: at.y - originOnMap.y, canvas });
      };
      const box = scroller.current;
      const auto =
        handlers.autoScroll && box
          ? startAutoScroll(
              box,
              target,
              () => {
                const canvas = now() ?? startCanvas;
                return scrollingEdges(canvas.layout, canvas.view, target.clientWidth, target.clientHeight);
              },
              handlers.autoScroll,
              report,
            )
          : null;
      const finish = (): void => {
        tracking = false;
        auto?.stop();
        document.removeEventListener('pointermove', onMove);
        document.removeEventListener('pointerup', onUp);
        document.removeEventListener('pointercancel', onCancel);
        document.removeEventListener('keydown', onKey, true);
        target.style.cursor = '';
      };
      const onMove = (event: PointerEvent): void => {
        const screen = screenOf(event);
        if (!moved && Math.hypot(screen.x - origin.x, screen.y - origin.y) < DRAG_THRESHOLD) return;
        moved = true;
        pointer = { clientX: event.clientX, clientY: event.clientY };
        report();
        auto?.pointerAt(event.clientX, event.clientY);
      };
      const onUp = (event: PointerEvent): void => {
        finish();
        handlers.onDrop(moved, event);
      };
      const onCancel = (): void => {
        finish();
        handlers.onCancel?.();
        setGesture(NO_GESTURE);
      };
      const onKey = (event: KeyboardEvent): void => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      };
      document.addEventListener('pointermove', onMove);
      document.addEventListener('pointerup', onUp);
      document.addEventListener('pointercancel', onCancel);
      document.addEventListener('keydown', onKey, true);
    };

    const pan = (event: PointerEvent): void => {
      const box = scroller.current;
      if (!box) return;
      const start = { left: box.scrollLeft, top: box.scrollTop };
      const origin = screenOf(event);
      setGesture({ kind: 'pan' });
      target.style.cursor = 'grabbing';
      track(event, {
        onMove: ({ screen }) => {
          box.scrollLeft = start.left - (screen.x - origin.x);
          box.scrollTop = start.top - (screen.y - origin.y);
        },
        onDrop: () => setGesture(NO_GESTURE),
      });
    };

    const moveCards = (event: PointerEvent, canvas: LiveCanvas, grabbed: StepBox, stepIds: readonly string[]): void => {
      const ids = new Set(stepIds);
      const moving = canvas.layout.steps.filter((box) => ids.has(box.stepId));
      let last: MoveSnap | null = null;
      const carry = (dx: number, dy: number): void => {
        carriedRef.current?.position({ x: dx, y: dy });
        carriedRef.current?.getLayer()?.batchDraw();
        setCarriedCards(new Map(moving.map((box) => [box.stepId, { ...box, x: box.x + dx, y: box.y + dy }])));
      };
      track(event, {
        autoScroll: BOTH_WAYS,
        onMove: ({ at, dx, dy, canvas: { layout } }) => {
          target.style.cursor = 'grabbing';
          carry(dx, dy);
          const snap = snapMove(layout, moving, grabbed.laneId, dx, at.y);
          if (last && last.columnDelta === snap.columnDelta && last.laneDelta === snap.laneDelta) return;
          last = snap;
          const preview = moveSteps(doc().map, stepIds, snap);
          const spots = dropSpots(layout, moving, snap);
          const placed = new Map<string, PlacedStep>(spots.map((spot, index) => [spot.stepId, { column: spot.column, span: moving[index]!.span }]));
          setGesture({ kind: 'moveSteps', stepIds, spots, preview, gaps: previewGapBands(layout, preview, placed) });
        },
        onDrop: (moved) => {
          // The carried copy goes back to rest before it unmounts; the cards below take their new
          // places from the layout of the changed map, set as props on every card that moved.
          carriedRef.current?.position({ x: 0, y: 0 });
          setCarriedCards(new Map());
          setGesture(NO_GESTURE);
          if (moved && last && (last.columnDelta !== 0 || last.laneDelta !== 0)) {
            const snap = last;
            doc().change((map) => moveSteps(map, stepIds, snap));
          } else if (!moved && stepIds.length > 1) {
            session().select({ kind: 'steps', stepIds: [grabbed.stepId] });
          }
        },
        onCancel: () => {
          carriedRef.current?.position({ x: 0, y: 0 });
          setCarriedCards(new Map());
        },
      });
    };

    const resizeCard = (event: PointerEvent, box: StepBox): void => {
      let span = box.span;
      track(event, {
        autoScroll: SIDEWAYS,
        onMove: ({ dx, canvas: { layout } }) => {
          target.style.cursor = 'ew-resize';
          const next = snapSpan(box.span, dx, layout.columnWidth);
          if (next === span && useCanvasStore.getState().gesture.kind === 'resizeStep') return;
          span = next;
          const preview = resizeStep(doc().map, box.stepId, span);
          setGesture({ kind: 'resizeStep', stepId: box.stepId, span, preview, gaps: previewGapBands(layout, preview, new Map([[box.stepId, { column: box.column, span }]])) });
        },
        onDrop: (moved) => {
          setGesture(NO_GESTURE);
          if (moved && span !== box.span) doc().change((map) => resizeStep(map, box.stepId, span));
        },
      });
    };

    const marquee = (event: PointerEvent, start: Point): void => {
      const before = event.shiftKey ? selectedStepIds(session().selection) : [];
      let lastKey = '';
      track(event, {
        autoScroll: BOTH_WAYS,
        onMove: ({ at, canvas: { layout } }) => {
          const rect: Rect = rectBetween(start, at);
          setGesture({ kind: 'marquee', rect });
          const ids = [...new Set([...before, ...stepsInRect(layout.steps, rect)])];
          const key = ids.join('\n');
          if (key !== lastKey) {
            lastKey = key;
            session().select(ids.length > 0 ? { kind: 'steps', stepIds: ids } : { kind: 'none' });
          }
        },
        onDrop: (moved, up) => {
          setGesture(NO_GESTURE);
          if (!moved && !up.shiftKey) session().select({ kind: 'none' });
        },
      });
    };

    const pressBody = (event: PointerEvent, canvas: LiveCanvas, at: Point): void => {
      const selected = selectedStepIds(session().selection);
      if (selected.length === 1) {
        const box = canvas.layout.steps.find((candidate) => candidate.stepId === selected[0]);
        if (box && onResizeGrip(box, at, canvas.view.zoom)) return resizeCard(event, box);
      }
      const hit = stepAt(canvas.layout, at);
      if (!hit) return marquee(event, at);
      if (event.shiftKey) {
        const next = selected.includes(hit.stepId) ? selected.filter((id) => id !== hit.stepId) : [...selected, hit.stepId];
        session().select(next.length > 0 ? { kind: 'steps', stepIds: next } : { kind: 'none' });
        return;
      }
      const wasSelected = selected.includes(hit.stepId);
      if (!wasSelected) session().select({ kind: 'steps', stepIds: [hit.stepId] });
      moveCards(event, canvas, hit, wasSelected ? selected : [hit.stepId]);
    };

    const pressLaneHeader = (event: PointerEvent, canvas: LiveCanvas, at: Point): void => {
      const lane = laneAt(canvas.layout, at.y);
      if (!lane) return;
      session().select({ kind: 'lane', laneId: lane.laneId });
      let toIndex: number | null = null;
      track(event, {
        autoScroll: UP_AND_DOWN,
        onMove: ({ at, canvas: { layout } }) => {
          target.style.cursor = 'grabbing';
          const drop = laneDrop(layout, lane.laneId, at.y);
          if (!drop) return;
          toIndex = drop.toIndex;
          setGesture({ kind: 'moveLane', laneId: lane.laneId, drop });
        },
        onDrop: (moved) => {
          setGesture(NO_GESTURE);
          const index = toIndex;
          if (moved && index !== null) doc().change((map) => moveLane(map, lane.laneId, index));
        },
      });
    };

    const pressStageRow = (event: PointerEvent, canvas: LiveCanvas, at: Point): void => {
      const { layout, view } = canvas;
      const edge = stageEdgeAt(layout, at.x, STAGE_EDGE_REACH / view.zoom);
      const stage = edge ? layout.stages.find((candidate) => candidate.stageId === edge.stageId) : stageAt(layout, at.x);
      if (edge && stage) {
        session().select({ kind: 'stage', stageId: stage.stageId });
        let columns: { fromColumn: number; toColumn: number } | null = null;
        track(event, {
          autoScroll: SIDEWAYS,
          onMove: ({ at, canvas: current }) => {
            target.style.cursor = 'ew-resize';
            columns = resizeStageEdge(current.layout, stage, edge.edge, at.x);
            setGesture({ kind: 'resizeStage', stageId: stage.stageId, ...columns });
          },
          onDrop: (moved) => {
            setGesture(NO_GESTURE);
            const range = columns;
            if (moved && range) doc().change((map) => updateStage(map, stage.stageId, range));
          },
        });
        return;
      }
      if (stage) {
        session().select({ kind: 'stage', stageId: stage.stageId });
        return;
      }
      const startColumn = columnAt(layout, at.x);
      let span = stageSpan(startColumn, startColumn);
      track(event, {
        autoScroll: SIDEWAYS,
        onMove: ({ at, canvas: current }) => {
          target.style.cursor = 'ew-resize';
          span = stageSpan(startColumn, columnAt(current.layout, at.x));
          setGesture({ kind: 'drawStage', ...span });
        },
        onDrop: (moved) => {
          setGesture(NO_GESTURE);
          if (!moved) return session().select({ kind: 'none' });
          dispatch('stage.add', { ...span, title: '' });
        },
      });
    };

    const onPointerDown = (event: PointerEvent): void => {
      const canvas = now();
      if (!canvas || tracking || inField(event)) return;
      if (event.button === 1 || (event.button === 0 && spaceHeld)) {
        event.preventDefault();
        return pan(event);
      }
      if (event.button !== 0) return;
      // Keep keyboard focus on the canvas, so Delete, F2 and the arrows act on what was clicked;
      // focused by the mouse, it shows no focus ring.
      markPointerFocus(target);
      target.focus({ preventScroll: true });
      const { region, at } = regionAt(canvas.layout, canvas.view, screenOf(event));
      if (region === 'body') pressBody(event, canvas, at);
      else if (region === 'laneHeaders') pressLaneHeader(event, canvas, at);
      else if (region === 'topRows' && at.y < canvas.layout.stageRow.y + canvas.layout.stageRow.height) pressStageRow(event, canvas, at);
    };

    const onDoubleClick = (event: MouseEvent): void => {
      const canvas = now();
      if (!canvas || inField(event)) return;
      const { layout } = canvas;
      const { region, at } = regionAt(layout, canvas.view, screenOf(event));
      if (region === 'body') {
        const hit = stepAt(layout, at);
        if (hit) {
          commit({ selection: { kind: 'steps', stepIds: [hit.stepId] }, titleEdit: { kind: 'step', stepId: hit.stepId } });
          return;
        }
        const cell = cellAt(layout, at);
        if (cell) dispatch('step.add', cell);
      } else if (region === 'laneHeaders') {
        const lane = laneAt(layout, at.y);
        if (lane) session().editTitle({ kind: 'lane', laneId: lane.laneId });
      } else if (region === 'topRows' && at.y < layout.stageRow.y + layout.stageRow.height) {
        const stage = stageAt(layout, at.x);
        if (stage) {
          session().editTitle({ kind: 'stage', stageId: stage.stageId });
          return;
        }
        const column = columnAt(layout, at.x);
        dispatch('stage.add', { fromColumn: column, toColumn: column, title: '' });
      }
    };

    const onContextMenu = (event: MouseEvent): void => {
      const canvas = now();
      if (!canvas || inField(event)) return;
      event.preventDefault();
      const { layout } = canvas;
      const { region, at } = regionAt(layout, canvas.view, screenOf(event));
      const page = { x: event.pageX, y: event.pageY };
      if (region === 'body') {
        const hit = stepAt(layout, at);
        if (hit) {
          if (!selectedStepIds(session().selection).includes(hit.stepId)) session().select({ kind: 'steps', stepIds: [hit.stepId] });
          return openContextMenu(page, STEP_MENU, { label: 'Step actions' });
        }
        // The emotion band is its journey lane's chart: its menu is the one that hides it again.
        const curve = emotionBandAt(layout, at);
        if (curve) {
          session().select({ kind: 'lane', laneId: curve.laneId });
          return openContextMenu(page, JOURNEY_LANE_MENU, { label: 'Lane actions' });
        }
        session().select({ kind: 'none' });
        return openContextMenu(page, CANVAS_MENU, { label: 'Map actions' });
      }
      if (region === 'laneHeaders') {
        const lane = laneAt(layout, at.y);
        if (lane) {
          session().select({ kind: 'lane', laneId: lane.laneId });
          return openContextMenu(page, lane.kind === 'journey' ? JOURNEY_LANE_MENU : LANE_MENU, { label: 'Lane actions' });
        }
      }
      if (region === 'topRows') {
        const stage = stageAt(layout, at.x);
        if (stage && at.y < layout.stageRow.y + layout.stageRow.height) {
          session().select({ kind: 'stage', stageId: stage.stageId });
          return openContextMenu(page, STAGE_MENU, { label: 'Stage actions' });
        }
      }
      openContextMenu(page, CANVAS_MENU, { label: 'Map actions' });
    };

    // The cursor says what a press would do here, without a re-render.
    const onHover = (event: PointerEvent): void => {
      const canvas = now();
      if (!canvas || tracking) return;
      if (spaceHeld) {
        target.style.cursor = 'grab';
        return;
      }
      const { layout, view } = canvas;
      const { region, at } = regionAt(layout, view, screenOf(event));
      let cursor = '';
      if (region === 'body') {
        const selected = selectedStepIds(session().selection);
        const grip = selected.length === 1 ? layout.steps.find((box) => box.stepId === selected[0]) : undefined;
        if (grip && onResizeGrip(grip, at, view.zoom)) cursor = 'ew-resize';
        else if (stepAt(layout, at)) cursor = 'grab';
      } else if (region === 'laneHeaders') {
        cursor = laneAt(layout, at.y) ? 'grab' : '';
      } else if (region === 'topRows' && at.y < layout.stageRow.y + layout.stageRow.height) {
        cursor = stageEdgeAt(layout, at.x, STAGE_EDGE_REACH / view.zoom) ? 'ew-resize' : stageAt(layout, at.x) ? 'pointer' : 'crosshair';
      }
      target.style.cursor = cursor;
    };

    const typing = (event: KeyboardEvent): boolean => {
      const element = event.target instanceof HTMLElement ? event.target : null;
      return !!element && (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLButtonElement || element.isContentEditable);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== ' ' || typing(event) || !target.matches(':hover')) return;
      event.preventDefault();
      if (!spaceHeld) {
        spaceHeld = true;
        if (!tracking) target.style.cursor = 'grab';
      }
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key !== ' ') return;
      spaceHeld = false;
      if (!tracking) target.style.cursor = '';
    };

    target.addEventListener('pointerdown', onPointerDown);
    target.addEventListener('pointermove', onHover);
    target.addEventListener('dblclick', onDoubleClick);
    target.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      target.removeEventListener('pointerdown', onPointerDown);
      target.removeEventListener('pointermove', onHover);
      target.removeEventListener('dblclick', onDoubleClick);
      target.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [element, scroller, live, carriedRef]);
}
