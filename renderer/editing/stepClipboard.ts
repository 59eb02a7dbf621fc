import { copySteps, pasteSteps, readClipboard } from '../../shared/edit/clipboard';
import { limitWords, MAP_LIMITS } from '../../shared/model/limits';
import { MAX_PASTED_LINES, pastedLines, stepsFromLines, tooManyLines } from '../../shared/edit/pasteLines';
import { deleteSteps } from '../../shared/edit/steps';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { NOTHING_SELECTED, selectedStepIds } from '../store/sessionStore';
import type { Change, CommandContext } from '../commands/command';
import { commandContext, commit } from '../commands/dispatch';
import { keepRecoveryCopyNow } from '../files/useRecoveryAutosave';
import { targetAfterSelection, type CellTarget } from './editTargets';

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
 * Pasting clipboard text after the selection, as one undo step: copied steps come with their
 * lanes; plain text (a list typed elsewhere) becomes one step per line in the lane the selection
 * names. Text with nothing to paste, or more lines than a paste takes, is refused with a message
 * and the map stays as it is.
 */
export function pasteClipboardText({ map, session }: CommandContext, text: string): Change {
  const target = targetAfterSelection(map, session.selection);
  const content = readClipboard(text);
  if (content.kind === 'tooMany') return { notice: `The clipboard holds ${limitWords(content.count)} steps; a map holds at most ${limitWords(MAP_LIMITS.steps)}.` };
  if (content.kind === 'steps') {
    const pasted = pasteSteps(map, content.clip, target ?? { laneId: '', column: 0 });
    return { map: pasted.map, selection: { kind: 'steps', stepIds: pasted.stepIds } };
  }
  return pasteLines(map, text, target);
}

/** Clipboard text this long is a risky paste: the recovery copy is brought up to date first. */
const LARGE_PASTE = 100_000;

/** Pastes clipboard text (Ctrl+V, Edit ▸ Paste); a large paste first writes the recovery copy of the work before it. */
export async function pasteKeepingRecovery(text: string): Promise<void> {
  if (text.length > LARGE_PASTE) await keepRecoveryCopyNow();
  commit(pasteClipboardText(commandContext(), text));
}

/** Plain text pasted as steps, one per line, into a lane from a column. */
export function pasteLines(map: JourneyMap, text: string, target: CellTarget | null): Change {
  const lines = pastedLines(text);
  if (lines.length === 0) return { notice: 'The clipboard holds no text to paste as steps.' };
  if (lines.length > MAX_PASTED_LINES) return { notice: tooManyLines(lines.length) };
  if (!target) return { notice: 'Add a lane first: pasted lines become its steps.' };
  const pasted = stepsFromLines(map, lines, target);
  return { map: pasted.map, selection: { kind: 'steps', stepIds: pasted.stepIds } };
}
