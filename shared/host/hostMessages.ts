import type { CommandId } from '../commands/commandIds';
import type { RoomEvent } from '../room/roomEvents';
import type { OpenedDocument } from './hostApi';

/** The one channel on which the host speaks to the page first. */
export const HOST_MESSAGE_CHANNEL = 'host:message';

/**
 * What the host asks of the page: run a command chosen in the native menu, open a recent file
 * (through the page's unsaved-changes prompt), show a document the host opened itself (a file
 * given on the command line, dropped on the dock, or handed over by a second launch), or save
 * and then close, or close without saving, after the person chose Save or Don't Save when
 * closing with unsaved changes; or hear what happened in an open workshop room.
 */
export type HostMessage =
  | { readonly type: 'command'; readonly commandId: CommandId }
  | { readonly type: 'openRecent'; readonly path: string }
  | { readonly type: 'opened'; readonly document: OpenedDocument }
  | { readonly type: 'saveAndClose' }
  | { readonly type: 'closeWithoutSaving' }
  | { readonly type: 'room'; readonly event: RoomEvent };
