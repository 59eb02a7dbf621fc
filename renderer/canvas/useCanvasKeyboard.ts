import { useEffect, type RefObject } from 'react';
import { firstStepWithin, neighbourStep, type NavigationDirection } from '../../shared/layout/stepNavigation';
import { scrollingEdges, toMap } from '../../shared/layout/viewTransform';
import { selectedStepIds, useSessionStore } from '../store/sessionStore';
import { NO_GESTURE, useCanvasStore } from './canvasStore';
import { scrolledNow } from './canvasView';
import { revealIn } from './reveal';
import type { LiveCanvas } from './canvasView';

const DIRECTIONS: Readonly<Record<string, NavigationDirection>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Keys of the focused canvas itself (not of a title being edited on it): the arrows move the
 * selection to the neighbouring card (with nothing selected, to the first card in view), Enter
 * and F2 edit the title of what is selected (a card, a lane, a stage). With Alt the arrows are the
 * move commands of the registry, which these leave alone.
 */
export function useCanvasKeyboard(element: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>, live: RefObject<LiveCanvas | null>): void {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.target !== target || event.defaultPrevented || event.isComposing) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const stored = live.current;
      if (!stored || useCanvasStore.getState().gesture !== NO_GESTURE) return;
      const canvas: LiveCanvas = { layout: stored.layout, view: scrolledNow(stored.view, scroller.current) };
      const session = useSessionStore.getState();
      const direction = DIRECTIONS[event.key];
      if (direction) {
        const { layout, view } = canvas;
        if (layout.steps.length === 0) return;
        event.preventDefault();
        const selected = selectedStepIds(session.selection);
        const fromId = selected[selected.length - 1];
        const from = fromId === undefined ? undefined : layout.steps.find((box) => box.stepId === fromId);
        let next;
        if (from) {
          next = neighbourStep(layout, from, direction);
          // At the end of a lane the selection stays, narrowed to the card the keys move from.
          if (!next && selected.length > 1) next = from;
        } else {
          const edges = scrollingEdges(layout, view, target.clientWidth, target.clientHeight);
          const topLeft = toMap(view, { x: edges.left, y: edges.top });
          const bottomRight = toMap(view, { x: edges.right, y: edges.bottom });
          next =
            firstStepWithin(layout, { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y }) ??
            firstStepWithin(layout, { x: 0, y: 0, width: layout.width, height: layout.height });
        }
        if (!next) return;
        session.select({ kind: 'steps', stepIds: [next.stepId] });
        if (scroller.current) revealIn(scroller.current, canvas, [next.stepId]);
        return;
      }
      if (event.key === 'Enter' || event.key === 'F2') {
        const { selection } = session;
        if (selection.kind === 'steps' && selection.stepIds.length === 1) session.editTitle({ kind: 'step', stepId: selection.stepIds[0]! });
        else if (selection.kind === 'lane') session.editTitle({ kind: 'lane', laneId: selection.laneId });
        else if (selection.kind === 'stage') session.editTitle({ kind: 'stage', stageId: selection.stageId });
        else return;
        event.preventDefault();
      }
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [element, scroller, live]);
}
