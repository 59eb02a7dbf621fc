import { getHost } from '../host/host';
import { commit } from '../commands/dispatch';
import { useDocumentStore } from '../store/documentStore';
import { useTimerStore } from '../store/timerStore';
import { roomStateOf } from './roomState';
import { useRoomStore } from './roomStore';

/** Opens a room on an interface: the phones are shown the map's title, the vote and the timer at once. Says why not in the status line. */
export async function openRoom(address: string, namesRequired: boolean): Promise<boolean> {
  const state = roomStateOf(useDocumentStore.getState().map, useTimerStore.getState().countdown, namesRequired, Date.now());
  const answer = await getHost()['room:open']({ address, state });
  if (!answer.ok) {
    commit({ notice: answer.error.message });
    return false;
  }
  useRoomStore.getState().opened(answer.value);
  useRoomStore.getState().showCode(true);
  return true;
}

/** Closes the room: every phone is told, nothing listens any more. The notes already in the map stay. */
export async function closeRoom(): Promise<void> {
  await getHost()['room:close']();
  useRoomStore.getState().closed();
  commit({ notice: 'The room is closed: no phone can join or send anything now.' });
}

/** Takes someone out of the room: their phone is disconnected and their code no longer works. */
export async function removePerson(participantId: string, name: string): Promise<void> {
  const answer = await getHost()['room:remove'](participantId);
  commit({ notice: answer.ok ? `${name || 'Someone without a name'} left the room.` : answer.error.message });
}
