import { useEffect } from 'react';
import { commandContext, commit } from '../commands/dispatch';
import { isTextField } from '../commands/textField';
import { deleteSelectedSteps, pasteKeepingRecovery, selectionAsClipboardText } from './stepClipboard';

/**
 * Copy, cut and paste of steps through the browser's own clipboard events: they carry the
 * clipboard without a permission prompt, in the browser edition and in Electron alike. In a text
 * field the events are left to the field.
 */
export function useClipboardEvents(): void {
  useEffect(() => {
    const onCopy = (event: ClipboardEvent, cut: boolean): void => {
      if (isTextField(event.target) || !event.clipboardData) return;
      const text = selectionAsClipboardText(commandContext());
      if (!text) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
      if (cut) commit(deleteSelectedSteps(commandContext()));
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    const paste = (event: ClipboardEvent): void => {
      if (isTextField(event.target) || !event.clipboardData) return;
      event.preventDefault();
      void pasteKeepingRecovery(event.clipboardData.getData('text/plain'));
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, []);
}
