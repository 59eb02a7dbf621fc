import type Konva from 'konva';
import { useEffect, type RefObject } from 'react';
import { targetAt } from '../../../shared/layout/hitTest';
import type { StepBox } from '../../../shared/layout/mapLayout';
import { scrollingEdges } from '../../../shared/layout/viewTransform';
import { openContextMenu } from '../../widgets/ContextMenu';
import { startAutoScroll, type AutoScroller } from '../autoScroller';
import { scrolledNow, setCarriedCards, type LiveCanvas } from '../canvasView';
import { markPointerFocus } from '../focusRing';
import { GestureRunner, type PointerAt } from './gestureRunner';
import { contextMenuAt, cursorAt, doubleClickAt, fullTitleAt, gripStepId, pressAt } from './idle';
import { panning } from './panning';
import type { ToolState, ToolSurface } from './toolState';

/** Starts a gesture pressed outside the canvas (the palette's chip); null while no canvas is on screen. */
type OutsideStart = (event: PointerEvent, state: ToolState) => void;

let startOutside: OutsideStart | null = null;

/** Starts a drag that began outside the canvas but acts on it (the palette's Step chip). Whether a canvas took it. */
export function startCanvasGesture(event: PointerEvent, state: ToolState): boolean {
  if (!startOutside) return false;
  startOutside(event, state);
  return true;
}

/**
 * The one input adapter of the canvas: pointer events become the states of canvas/tools. A press
 * is hit tested against the shared layout (the Konva layers do not listen) and followed on the
 * document until release, so a drag keeps going when the pointer leaves the canvas; the view
 * scrolls when the pointer rests near an edge; Escape cancels. Double-click, right-click and the
 * hover cursor ask the same target.
 */
export function useCanvasInput(
  element: RefObject<HTMLDivElement | null>,
  scroller: RefObject<HTMLDivElement | null>,
  live: RefObject<LiveCanvas | null>,
  carriedRef: RefObject<Konva.Group | null>,
): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    let spaceHeld = false;
    let auto: AutoScroller | null = null;

    // The canvas as scrolled this moment: the scroller may be ahead of the last render (auto-scroll, a wheel).
    const now = (): LiveCanvas | null => {
      const canvas = live.current;
      return canvas && { layout: canvas.layout, view: scrolledNow(canvas.view, scroller.current) };
    };
    const runner = new GestureRunner(now);

    const surface: ToolSurface = {
      carry(cards: readonly StepBox[], dx: number, dy: number) {
        carriedRef.current?.position({ x: dx, y: dy });
        carriedRef.current?.getLayer()?.batchDraw();
        setCarriedCards(new Map(cards.map((box) => [box.stepId, { ...box, x: box.x + dx, y: box.y + dy }])));
      },
      release() {
        carriedRef.current?.position({ x: 0, y: 0 });
        setCarriedCards(new Map());
      },
      scrollPosition: () => ({ left: scroller.current?.scrollLeft ?? 0, top: scroller.current?.scrollTop ?? 0 }),
      scrollTo(left, top) {
        if (!scroller.current) return;
        scroller.current.scrollLeft = left;
        scroller.current.scrollTop = top;
      },
    };

    // Presses in a title being edited belong to the text field, not to the canvas under it.
    const inField = (event: Event): boolean => event.target instanceof Element && event.target.closest('.canvas-title-editor') !== null;

    const pointerOf = (event: PointerEvent): PointerAt => {
      const bounds = target.getBoundingClientRect();
      const overCanvas = event.clientX >= bounds.left && event.clientX < bounds.right && event.clientY >= bounds.top && event.clientY < bounds.bottom;
      return { screen: { x: event.clientX - bounds.left, y: event.clientY - bounds.top }, client: { x: event.clientX, y: event.clientY }, overCanvas, shiftKey: event.shiftKey };
    };

    const onMove = (event: PointerEvent): void => {
      runner.move(pointerOf(event));
      const cursor = runner.current?.cursor;
      if (cursor) target.style.cursor = cursor;
      auto?.pointerAt(event.clientX, event.clientY);
    };
    const onUp = (event: PointerEvent): void => runner.up(pointerOf(event));
    const onLost = (): void => runner.cancel();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      runner.cancel();
    };
    const listen = (): void => {
      document.addEventListener('pointermove', onMove);
      document.addEventListener('pointerup', onUp);
      document.addEventListener('pointercancel', onLost);
      document.addEventListener('keydown', onKey, true);
    };
    const unlisten = (): void => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('pointercancel', onLost);
      document.removeEventListener('keydown', onKey, true);
    };

    const begin = (event: PointerEvent, state: ToolState): void => {
      const box = scroller.current;
      auto =
        state.autoScroll && box
          ? startAutoScroll(
              box,
              target,
              () => {
                const canvas = now();
                return canvas ? scrollingEdges(canvas.layout, canvas.view, target.clientWidth, target.clientHeight) : { left: 0, top: 0, right: 0, bottom: 0 };
              },
              state.autoScroll,
              () => runner.refresh(),
            )
          : null;
      listen();
      // While a gesture runs, nothing on the page selects text (the outline's titles under a passing card).
      document.documentElement.classList.add('canvas-gesture');
      runner.begin(state, pointerOf(event), () => {
        document.documentElement.classList.remove('canvas-gesture');
        unlisten();
        auto?.stop();
        auto = null;
        target.style.cursor = '';
      });
    };
    startOutside = begin;

    const onPointerDown = (event: PointerEvent): void => {
      const canvas = now();
      if (!canvas || runner.active || inField(event)) return;
      if (event.button === 1 || (event.button === 0 && spaceHeld)) {
        event.preventDefault();
        return begin(event, panning(surface));
      }
      if (event.button !== 0) return;
      // Keep keyboard focus on the canvas, so Delete, F2 and the arrows act on what was clicked;
      // focused by the mouse, it shows no focus ring.
      markPointerFocus(target);
      target.focus({ preventScroll: true });
      const hit = targetAt(canvas.layout, canvas.view, pointerOf(event).screen, gripStepId());
      // A press on a curve point is a drag of the point, never the start of a text selection.
      if (hit.target.kind === 'emotionPoint') event.preventDefault();
      const state = pressAt(hit, canvas.layout, event.shiftKey, surface);
      if (state) begin(event, state);
    };

    const onDoubleClick = (event: MouseEvent): void => {
      const canvas = now();
      if (!canvas || inField(event)) return;
      const bounds = target.getBoundingClientRect();
      doubleClickAt(targetAt(canvas.layout, canvas.view, { x: event.clientX - bounds.left, y: event.clientY - bounds.top }).target);
    };

    const onContextMenu = (event: MouseEvent): void => {
      const canvas = now();
      if (!canvas || inField(event)) return;
      event.preventDefault();
      const bounds = target.getBoundingClientRect();
      const menu = contextMenuAt(targetAt(canvas.layout, canvas.view, { x: event.clientX - bounds.left, y: event.clientY - bounds.top }, gripStepId()));
      openContextMenu({ x: event.pageX, y: event.pageY }, menu.commandIds, { label: menu.label });
    };

    // The cursor says what a press would do here, without a re-render.
    const onHover = (event: PointerEvent): void => {
      const canvas = now();
      if (!canvas || runner.active || event.buttons !== 0) return;
      if (spaceHeld) {
        target.style.cursor = 'grab';
        return;
      }
      const { target: under } = targetAt(canvas.layout, canvas.view, pointerOf(event).screen, gripStepId());
      target.style.cursor = cursorAt(under);
      // A card, a lane or a stage cut short on the canvas reads in full on hover.
      const full = fullTitleAt(under);
      if (target.title !== full) target.title = full;
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
        if (!runner.active) target.style.cursor = 'grab';
      }
    };
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key !== ' ') return;
      spaceHeld = false;
      if (!runner.active) target.style.cursor = '';
    };

    target.addEventListener('pointerdown', onPointerDown);
    target.addEventListener('pointermove', onHover);
    target.addEventListener('dblclick', onDoubleClick);
    target.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      // Unmounting the canvas mid-gesture drops the gesture without its change.
      runner.cancel();
      if (startOutside === begin) startOutside = null;
      target.removeEventListener('pointerdown', onPointerDown);
      target.removeEventListener('pointermove', onHover);
      target.removeEventListener('dblclick', onDoubleClick);
      target.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [element, scroller, live, carriedRef]);
}
