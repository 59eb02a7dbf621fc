import { create } from 'zustand';
import type { RoomNote, RoomStatus, RosterPerson } from '../../shared/room/roomEvents';

/** The workshop room as this window knows it. */
interface RoomStoreState {
  /** The open room (its address, code, people), or null. */
  readonly room: RoomStatus | null;
  /** Notes from the phones not yet in the map: they go in when nothing else is under way. */
  readonly incoming: readonly RoomNote[];
  /** How many phones have cast a dot in the vote under way. */
  readonly voters: { readonly voteId: string; readonly voters: number } | null;
  /** Whether the room's code and address fill the screen (for the projector). */
  readonly showingCode: boolean;
  /** Whether the dialog that opens a room is up. */
  readonly choosing: boolean;
  opened(room: RoomStatus): void;
  closed(): void;
  setPeople(people: readonly RosterPerson[]): void;
  receive(notes: readonly RoomNote[]): void;
  /** Notes now in the map. */
  taken(noteIds: ReadonlySet<string>): void;
  setVoters(voters: { readonly voteId: string; readonly voters: number }): void;
  showCode(showing: boolean): void;
  choose(choosing: boolean): void;
}

export const useRoomStore = create<RoomStoreState>()((set) => ({
  room: null,
  incoming: [],
  voters: null,
  showingCode: false,
  choosing: false,
  // A note can come twice (the room's status and its event): it is kept once.
  opened: (room) => set((state) => ({ room, incoming: merged(state.incoming, room.notes), choosing: false })),
  closed: () => set({ room: null, incoming: [], voters: null, showingCode: false }),
  setPeople: (people) => set((state) => (state.room ? { room: { ...state.room, people } } : {})),
  receive: (notes) => set((state) => ({ incoming: merged(state.incoming, notes) })),
  taken: (noteIds) => set((state) => ({ incoming: state.incoming.filter((note) => !noteIds.has(note.id)) })),
  setVoters: (voters) => set({ voters }),
  showCode: (showingCode) => set({ showingCode }),
  choose: (choosing) => set({ choosing }),
}));

function merged(kept: readonly RoomNote[], notes: readonly RoomNote[]): readonly RoomNote[] {
  const ids = new Set(kept.map((note) => note.id));
  const fresh = notes.filter((note) => !ids.has(note.id));
  return fresh.length === 0 ? kept : [...kept, ...fresh];
}
