import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/commandIds';
import { dispatch } from '../commands/dispatch';
import { closeWithoutSaving, openRecentFile, saveAndClose, showHostOpenedDocument } from '../files/documentFiles';
import { useSessionStore } from '../store/sessionStore';

/**
 * Answers the desktop host's messages: a native menu item runs its command, a recent file or a
 * file handed over from outside opens (after the unsaved-changes question), and Save on close
 * saves and then closes. The browser edition has no such messages.
 */
export function useHostMessages(): void {
  useEffect(() => {
    const desktop = window.outsideIn;
    if (!desktop) return;
    const stop = desktop.onHostMessage((message) => {
      switch (message.type) {
        case 'command':
          // Only ids of the registry: a message is data, never a way to call anything else.
          if (isCommandId(message.commandId)) dispatch(message.commandId);
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
        case 'room':
          // The room feature listens to its own events (renderer/host/roomEvents.ts).
          break;
      }
    });
    // Files given on the command line or by a double-click before the page listened: the last
    // one opens (one window shows one map); those that could not be read say why.
    void desktop.host['file:takePending']().then((result) => {
      if (!result.ok) return;
      for (const failure of result.value.failures) {
        useSessionStore.getState().reportFailedOpen({ fileName: failure.name, problems: [{ path: '$', message: failure.message }] });
      }
      const last = result.value.opened.at(-1);
      if (last) void showHostOpenedDocument(last);
    });
    return stop;
  }, []);
}
