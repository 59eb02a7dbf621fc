import { rectBetween, type Point } from '../../../shared/layout/geometry';
import { stepsInRect } from '../../../shared/layout/hitTest';
import { commit } from '../../commands/dispatch';
import { NOTHING_SELECTED, selectedStepIds, useSessionStore } from '../../store/sessionStore';
import { NO_GESTURE, useCanvasStore } from '../canvasStore';
import type { ToolState } from './toolState';

/**
 * Drawing a selection rectangle from an empty point: the cards it touches are selected as it grows
 * (added to the selection with Shift). A click on empty ground selects nothing, unless Shift is held.
 */
export function marquee(start: Point, adding: boolean): ToolState {
  const before = adding ? selectedStepIds(useSessionStore.getState().selection) : [];
  let lastKey = '';
  const rest = (): void => useCanvasStore.setState({ gesture: NO_GESTURE });
  return {
    autoScroll: { x: true, y: true },
    move: ({ at, canvas: { layout } }) => {
      const rect = rectBetween(start, at);
      useCanvasStore.setState({ gesture: { kind: 'marquee', rect } });
      const ids = [...new Set([...before, ...stepsInRect(layout.steps, rect)])];
      const key = ids.join('\n');
      if (key === lastKey) return;
      lastKey = key;
      commit({ selection: ids.length > 0 ? { kind: 'steps', stepIds: ids } : NOTHING_SELECTED });
    },
    drop: ({ shiftKey }, moved) => {
      rest();
      if (!moved && !shiftKey) commit({ selection: NOTHING_SELECTED });
    },
    cancel: rest,
  };
}
