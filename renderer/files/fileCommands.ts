import type { AnyCommand } from '../commands/command';
import { canRevert, openDocument, revertDocument, saveDocument, saveDocumentAs } from './documentFiles';

/** Open, Save, Save As and Revert: the File menu's commands, each through the host (New is the templates' own). */
export const FILE_COMMANDS: readonly AnyCommand[] = [
  { id: 'file.open', label: 'Open…', shortcuts: ['Mod+O'], whileTyping: true, perform: openDocument },
  { id: 'file.save', label: 'Save', shortcuts: ['Mod+S'], whileTyping: true, perform: saveDocument },
  { id: 'file.saveAs', label: 'Save As…', shortcuts: ['Mod+Shift+S'], whileTyping: true, perform: saveDocumentAs },
  { id: 'file.revert', label: 'Revert to saved', enabled: canRevert, perform: revertDocument },
];
