import { selectedStepIds } from '../store/sessionStore';
import type { AnyCommand, CommandContext } from '../commands/command';
import { commandContext, commit } from '../commands/dispatch';
import { deleteSelectedSteps, pasteKeepingRecovery, selectionAsClipboardText } from './stepClipboard';

const hasSelectedSteps = ({ session }: CommandContext): boolean => selectedStepIds(session.selection).length > 0;

// From a key, the browser's own copy, cut and paste events carry the clipboard (useClipboardEvents);
// these run from menus and buttons, through the asynchronous clipboard API. What they change is
// worked out when the clipboard answers, from the map as it is then.

/** Copy, Cut and Paste of steps. */
export const CLIPBOARD_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'clipboard.copy',
    label: 'Copy',
    shortcuts: ['Mod+C'],
    nativeClipboard: true,
    enabled: hasSelectedSteps,
    perform: (context) => {
      const text = selectionAsClipboardText(context);
      if (text) return navigator.clipboard?.writeText(text);
    },
  },
  {
    id: 'clipboard.cut',
    label: 'Cut',
    shortcuts: ['Mod+X'],
    nativeClipboard: true,
    enabled: hasSelectedSteps,
    perform: (context) => {
      const text = selectionAsClipboardText(context);
      if (text) return navigator.clipboard?.writeText(text).then(() => commit(deleteSelectedSteps(commandContext())));
    },
  },
  {
    id: 'clipboard.paste',
    label: 'Paste',
    shortcuts: ['Mod+V'],
    nativeClipboard: true,
    perform: () =>
      navigator.clipboard?.readText().then(
        (text) => pasteKeepingRecovery(text),
        () => commit({ notice: 'The clipboard could not be read; use Ctrl+V to paste.' }),
      ),
  },
];
