import { useEffect } from 'react';
import { COMMANDS, runCommand } from '../commands/commands';
import { closeWithoutSaving, openRecentFile, saveAndClose, showHostOpenedDocument } from '../files/fileCommands';

/**
 * Answers the desktop host's messages: a native menu item runs its command, a recent file or a
 * file handed over from outside opens (after the unsaved-changes question), and Save on close
 * saves and then closes. The browser edition has no such messages.
 */
export function useHostMessages(): void {
  useEffect(() => {
    const listen = window.outsideIn?.onHostMessage;
    if (!listen) return;
    return listen((message) => {
      switch (message.type) {
        case 'command':
          // Only ids of the registry: a message is data, never a way to call anything else.
          if (COMMANDS.some((command) => command.id === message.commandId)) runCommand(message.commandId);
          break;
        case 'openRecent':
          void openRecentFile(message.path);
          break;
        case 'opened':
          void showHostOpenedDocument(message.document);
          break;
        case 'saveAndClose':
          void saveAndClose();
          break;
        case 'closeWithoutSaving':
          void closeWithoutSaving();
          break;
      }
    });
  }, []);
}
