import { copySteps, pasteSteps, readClipboardSteps } from '../../shared/edit/clipboard';
import { deleteSteps } from '../../shared/edit/steps';
import { NOTHING_SELECTED, selectedStepIds } from '../store/sessionStore';
import type { Change, CommandContext } from '../commands/command';
import { targetAfterSelection } from './editTargets';

// Copy and paste carry steps as JSON text, so they travel between two open maps, two windows,
// or into a text editor and back.

/** The selected steps as clipboard text, or null when no step is selected. */
export function selectionAsClipboardText({ map, session }: CommandContext): string | null {
  const ids = selectedStepIds(session.selection);
  if (ids.length === 0) return null;
  return JSON.stringify(copySteps(map, ids));
}

/** The change that removes the selected steps once they were copied. */
export function deleteSelectedSteps({ map, session }: CommandContext): Change {
  const ids = selectedStepIds(session.selection);
  if (ids.length === 0) return {};
  return { map: deleteSteps(map, ids), selection: NOTHING_SELECTED };
}

/**
 * Pasting clipboard text after the selection. Text that is not copied steps is refused with a
 * message, and the map stays as it is.
 */
export function pasteClipboardText({ map, session }: CommandContext, text: string): Change {
  const clip = readClipboardSteps(text);
  if (!clip) return { notice: 'The clipboard holds no Outside-In steps to paste.' };
  const target = targetAfterSelection(map, session.selection) ?? { laneId: '', column: 0 };
  const pasted = pasteSteps(map, clip, target);
  return { map: pasted.map, selection: { kind: 'steps', stepIds: pasted.stepIds } };
}
