import { documentHistory } from '../store/documentStore';
import type { AnyCommand } from '../commands/command';

/** Undo and redo of the document's changes. */
export const HISTORY_COMMANDS: readonly AnyCommand[] = [
  { id: 'history.undo', label: 'Undo', shortcuts: ['Mod+Z'], enabled: documentHistory.canUndo, perform: documentHistory.undo },
  { id: 'history.redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], enabled: documentHistory.canRedo, perform: documentHistory.redo },
];
