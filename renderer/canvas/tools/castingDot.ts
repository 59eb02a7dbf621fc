import { dispatch } from '../../commands/dispatch';
import type { ToolState } from './toolState';

/**
 * A press on a card while a round is open: released where it was pressed, it places a dot on the
 * card (a click is a vote); dragged away, it does nothing, so no card moves while the room votes.
 */
export function castingDot(stepId: string): ToolState {
  return {
    cursor: 'not-allowed',
    drop: (_input, moved) => {
      if (!moved) dispatch('vote.castDot', { kind: 'step', stepId });
    },
  };
}
