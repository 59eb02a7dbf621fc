import type { RoomEvent } from '../../shared/room/roomEvents';
import { httpRoomGateway, type RoomGateway } from './roomGateway';

let gateway: RoomGateway | null = null;

/** The browser edition's room gateway, one per page. */
export function browserRoomGateway(): RoomGateway {
  gateway ??= httpRoomGateway();
  return gateway;
}

/** Listens to the open room's events: the desktop's host messages, or the browser edition's event stream. Returns how to stop. */
export function onRoomEvent(listener: (event: RoomEvent) => void): () => void {
  const desktop = window.outsideIn;
  if (desktop) return desktop.onHostMessage((message) => message.type === 'room' && listener(message.event));
  return browserRoomGateway().onEvent(listener);
}
