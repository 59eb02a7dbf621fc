import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';
import { setEmotion } from '../../../shared/edit/emotion';
import { emotionAtY, emotionBandAt, emotionPointAt, emotionY } from '../../../shared/layout/emotionCurve';
import type { Point } from '../../../shared/layout/hitTest';
import { regionAt, toMap } from '../../../shared/layout/viewTransform';
import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/stepDetails';
import { useDocumentStore } from '../../store/documentStore';
import { useSessionStore } from '../../store/sessionStore';
import { scrolledNow } from '../canvasView';
import { markPointerFocus } from '../focusRing';
import { endWhenMapChanges } from './endWhenMapChanges';
import type { LiveCanvas } from '../useCanvasPointer';

/** A curve point in the hand: where the pointer holds it, and the whole emotion it would be let go at. */
export interface EmotionDrag {
  readonly laneId: string;
  readonly stepId: string;
  /** The point's map y, following the pointer within the band's −2…+2. */
  readonly y: number;
  readonly emotion: number;
}

/** The emotion drag in progress, if any: only the band of its lane listens, so the cards do not repaint. */
export const useEmotionDragStore = create<{ readonly drag: EmotionDrag | null }>()(() => ({ drag: null }));

/** How near a curve point, in screen pixels, a press grabs it. */
export const EMOTION_POINT_REACH = 12;
/** Pixels a pointer must travel before a press on a point becomes a drag: a click sets nothing. */
const DRAG_THRESHOLD = 3;

const setDrag = (drag: EmotionDrag | null): void => useEmotionDragStore.setState({ drag });

/**
 * Dragging the points of the emotion curves up and down. Its listeners run before the canvas's
 * own (capture), so a press on a point is a drag of the point, not a marquee; a double-click in a
 * band adds no step, since the band is a chart, not a cell. The document changes once, on release
 * (one undo step); Escape puts the point back.
 */
export function useEmotionDrag(element: RefObject<HTMLDivElement | null>, scroller: RefObject<HTMLDivElement | null>, live: RefObject<LiveCanvas | null>): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;

    const screenOf = (event: MouseEvent): Point => {
      const bounds = target.getBoundingClientRect();
      return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
    };
    const bodyPoint = (event: MouseEvent) => {
      const canvas = live.current;
      if (!canvas) return null;
      const view = scrolledNow(canvas.view, scroller.current);
      const { region, at } = regionAt(canvas.layout, view, screenOf(event));
      return region === 'body' ? { layout: canvas.layout, view, at } : null;
    };
    const inField = (event: Event): boolean => event.target instanceof Element && event.target.closest('.canvas-title-editor') !== null;
    // The drag under way, so that unmounting the canvas mid-drag drops it.
    let cancelDrag: (() => void) | null = null;

    const onPointerDown = (event: PointerEvent): void => {
      if (event.button !== 0 || inField(event) || useEmotionDragStore.getState().drag) return;
      const on = bodyPoint(event);
      const hit = on && emotionPointAt(on.layout, on.at, EMOTION_POINT_REACH / on.view.zoom);
      if (!on || !hit) return;
      event.stopPropagation();
      event.preventDefault();
      markPointerFocus(target);
      target.focus({ preventScroll: true });
      useSessionStore.getState().select({ kind: 'steps', stepIds: [hit.point.stepId] });

      const { band, laneId } = hit.curve;
      const { stepId } = hit.point;
      const grip = hit.point.y - on.at.y;
      const origin = screenOf(event);
      let moved = false;
      let drag: EmotionDrag = { laneId, stepId, y: hit.point.y, emotion: hit.point.emotion ?? 0 };

      const finish = (): void => {
        cancelDrag = null;
        stopWatch();
        document.removeEventListener('pointermove', onMove);
        document.removeEventListener('pointerup', onUp);
        document.removeEventListener('pointercancel', cancel);
        document.removeEventListener('keydown', onKey, true);
        target.style.cursor = '';
        setDrag(null);
      };
      const onMove = (move: PointerEvent): void => {
        const screen = screenOf(move);
        if (!moved && Math.abs(screen.y - origin.y) < DRAG_THRESHOLD) return;
        moved = true;
        const canvas = live.current;
        if (!canvas) return;
        const at = toMap(scrolledNow(canvas.view, scroller.current), screen);
        const y = Math.max(emotionY(band, EMOTION_MAX), Math.min(emotionY(band, EMOTION_MIN), at.y + grip));
        drag = { laneId, stepId, y, emotion: emotionAtY(band, y) };
        target.style.cursor = 'ns-resize';
        setDrag(drag);
      };
      const onUp = (): void => {
        finish();
        if (!moved) return;
        const { emotion } = drag;
        useDocumentStore.getState().change((map) => setEmotion(map, stepId, emotion));
      };
      const cancel = (): void => finish();
      const onKey = (key: KeyboardEvent): void => {
        if (key.key !== 'Escape') return;
        key.preventDefault();
        key.stopPropagation();
        cancel();
      };
      cancelDrag = cancel;
      // Another map shown mid-drag ends it as Escape does: releasing then sets nothing on the new map.
      const stopWatch = endWhenMapChanges(cancel);
      document.addEventListener('pointermove', onMove);
      document.addEventListener('pointerup', onUp);
      document.addEventListener('pointercancel', cancel);
      document.addEventListener('keydown', onKey, true);
    };

    const onDoubleClick = (event: MouseEvent): void => {
      const on = bodyPoint(event);
      if (on && emotionBandAt(on.layout, on.at)) event.stopPropagation();
    };

    // Runs after the canvas's own hover (registered later), so over a point its cursor wins.
    const onHover = (event: PointerEvent): void => {
      if (event.buttons !== 0 || useEmotionDragStore.getState().drag) return;
      const on = bodyPoint(event);
      if (on && emotionPointAt(on.layout, on.at, EMOTION_POINT_REACH / on.view.zoom)) target.style.cursor = 'ns-resize';
    };

    target.addEventListener('pointerdown', onPointerDown, true);
    target.addEventListener('dblclick', onDoubleClick, true);
    target.addEventListener('pointermove', onHover);
    return () => {
      target.removeEventListener('pointerdown', onPointerDown, true);
      target.removeEventListener('dblclick', onDoubleClick, true);
      target.removeEventListener('pointermove', onHover);
      cancelDrag?.();
    };
  }, [element, scroller, live]);
}
