import type { AnyCommand } from '../commands/command';
import { closeRoom } from './roomActions';
import { useRoomStore } from './roomStore';

const isOpen = (): boolean => useRoomStore.getState().room !== null;

/**
 * Opening the workshop's room to the phones, showing its code large for the projector, closing
 * it. While a presentation is on, these wait: the room goes on meanwhile, the slides stay.
 */
export const ROOM_COMMANDS: readonly AnyCommand[] = [
  { id: 'room.open', label: 'Open room…', enabled: () => !isOpen(), perform: () => useRoomStore.getState().choose(true) },
  { id: 'room.show', label: 'Show room code', shortcuts: ['Mod+Shift+J'], enabled: isOpen, checked: () => useRoomStore.getState().showingCode, perform: () => useRoomStore.getState().showCode(!useRoomStore.getState().showingCode) },
  { id: 'room.close', label: 'Close room', enabled: isOpen, perform: () => closeRoom() },
];
