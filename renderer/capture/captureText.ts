import { captureLine } from '../../shared/edit/capture';
import { MAX_PASTED_LINES, pastedLines, tooManyLines } from '../../shared/edit/pasteLines';
import { shortened } from '../../shared/words/shortened';
import { commit } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { useCaptureStore } from './captureStore';

/**
 * Adds lines typed or pasted into the capture bar, each as its own undo step (Ctrl+Z takes back
 * the last line, not the whole paste). The new step is selected, so the canvas and the outline
 * show it; a note says where it went. Whether anything was added.
 */
export function captureText(text: string): boolean {
  const lines = pastedLines(text);
  if (lines.length > MAX_PASTED_LINES) {
    commit({ notice: tooManyLines(lines.length) });
    return false;
  }
  let added = false;
  for (const line of lines) {
    const { capture, setCapture } = useCaptureStore.getState();
    const before = useDocumentStore.getState().map;
    const done = captureLine(before, line, capture);
    if (done.refusal) {
      commit({ notice: done.refusal });
      continue;
    }
    commit({
      map: done.map,
      history: 'record',
      ...(done.stepId ? { selection: { kind: 'steps', stepIds: [done.stepId] } } : {}),
      notice: done.noteId ? `Parked “${shortened(done.map.notes!.at(-1)!.text, 60)}” in the parking lot.` : null,
    });
    // A change past the map's limits is refused by commit: the capture stays where it was then.
    if (useDocumentStore.getState().map === before) break;
    setCapture(done.state);
    added = true;
  }
  return added;
}
