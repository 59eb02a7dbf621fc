import { useEffect } from 'react';
import { addNote } from '../../shared/edit/notes';
import type { RoomNote } from '../../shared/room/roomEvents';
import { commit } from '../commands/dispatch';
import { NO_GESTURE, useCanvasStore } from '../canvas/canvasStore';
import { getHost } from '../host/host';
import { onRoomEvent } from '../host/roomEvents';
import { useDocumentStore } from '../store/documentStore';
import { isPresenting, usePresentationStore } from '../store/presentationStore';
import { useSessionStore } from '../store/sessionStore';
import { useTimerStore } from '../store/timerStore';
import { roomStateOf } from './roomState';
import { useRoomStore } from './roomStore';

/** How long a burst of changes (typing a title during a vote) waits before the phones are told: one message, not one per key. */
const PUSH_DELAY_MS = 300;

/** Whether the map may take the phones' notes now: not during a drag, a title typed in place, or a presentation. */
const idle = (): boolean => useCanvasStore.getState().gesture === NO_GESTURE && useSessionStore.getState().titleEdit === null && !isPresenting();

/**
 * Keeps this window and its workshop room together: what the room says (who is in it, their
 * notes, how many voted) comes into the room store; notes go into the map's parking lot as one
 * undo step per batch, whenever nothing else is under way (a drag is never interrupted); and the
 * phones are shown the map's title, the vote and the timer as they change.
 */
export function useRoomSync(): void {
  useEffect(() => {
    const store = useRoomStore.getState();
    void getHost()['room:status']().then((answer) => {
      if (answer.ok && answer.value) store.opened(answer.value);
    });
    return onRoomEvent((event) => {
      const room = useRoomStore.getState();
      if (event.type === 'roster') room.setPeople(event.people);
      else if (event.type === 'notes') room.receive(event.notes);
      else if (event.type === 'voters') room.setVoters({ voteId: event.voteId, voters: event.voters });
      else room.closed();
    });
  }, []);

  // Notes go into the map when it is free to take them.
  useEffect(() => {
    const take = (): void => {
      const { incoming, room } = useRoomStore.getState();
      if (!room || incoming.length === 0 || !idle()) return;
      takeNotes(incoming);
    };
    const stops = [useRoomStore.subscribe(take), useCanvasStore.subscribe(take), useSessionStore.subscribe(take), usePresentationStore.subscribe(take)];
    take();
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  // The phones follow the map's title, the vote and the timer.
  useEffect(() => {
    let last = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    const push = (): void => {
      timer = null;
      const { room } = useRoomStore.getState();
      if (!room) {
        last = '';
        return;
      }
      const state = roomStateOf(useDocumentStore.getState().map, useTimerStore.getState().countdown, room.namesRequired, Date.now());
      const text = JSON.stringify({ ...state, timer: state.timer && { running: state.timer.running, countdown: useTimerStore.getState().countdown } });
      if (text === last) return;
      last = text;
      void getHost()['room:state'](state);
    };
    const schedule = (): void => {
      timer ??= setTimeout(push, PUSH_DELAY_MS);
    };
    const stops = [useDocumentStore.subscribe(schedule), useTimerStore.subscribe(schedule), useRoomStore.subscribe(schedule)];
    return () => {
      if (timer) clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, []);
}

/** The phones' notes into the parking lot: one undo step, a line in the status bar, and the room told they are in. */
function takeNotes(notes: readonly RoomNote[]): void {
  let map = useDocumentStore.getState().map;
  for (const note of notes) map = addNote(map, note.text, note.author).map;
  const ids = new Set(notes.map((note) => note.id));
  useRoomStore.getState().taken(ids);
  commit({ map, history: 'record', notice: notes.length === 1 ? 'A note from the room is in the parking lot.' : `${notes.length} notes from the room are in the parking lot.` });
  void getHost()['room:acknowledge']([...ids]);
}
