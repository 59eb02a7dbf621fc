import type { AnyCommand } from '../commands/command';
import { newDocument } from './newDocument';

/** File ▸ New, which starts from the template chooser. */
export const TEMPLATE_COMMANDS: readonly AnyCommand[] = [{ id: 'file.new', label: 'New', shortcuts: ['Mod+N'], whileTyping: true, perform: newDocument }];
