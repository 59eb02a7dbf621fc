import { canRevert, newDocument, openDocument, revertDocument, saveDocument, saveDocumentAs } from '../files/fileCommands';
import type { Command } from './command';

/** New, Open, Save, Save As and Revert: the File menu's commands, each through the host. */
export const FILE_COMMANDS: readonly Command[] = [
  { id: 'file.new', label: 'New', shortcuts: ['Mod+N'], whileTyping: true, run: () => void newDocument() },
  { id: 'file.open', label: 'Open…', shortcuts: ['Mod+O'], whileTyping: true, run: () => void openDocument() },
  { id: 'file.save', label: 'Save', shortcuts: ['Mod+S'], whileTyping: true, run: () => void saveDocument() },
  { id: 'file.saveAs', label: 'Save As…', shortcuts: ['Mod+Shift+S'], whileTyping: true, run: () => void saveDocumentAs() },
  { id: 'file.revert', label: 'Revert to saved', enabled: canRevert, run: () => void revertDocument() },
];
