import type { RoomHostApi } from '../../../shared/host/roomChannels';
import { fail, succeed } from '../../../shared/host/hostResult';
import type { RoomEvent, RoomStatus } from '../../../shared/room/roomEvents';
import type { PageFiles } from './pageFiles';
import { roomAddresses } from './roomAddresses';
import { openRoom, type Room } from './roomServer';

/** What the room's host channels work with, injected so that both hosts and the tests share them. */
export interface RoomHandlerDeps {
  /** Where the participant's page is (built if it needs to be). */
  page(): Promise<PageFiles>;
  /** Tells the page what happened in the room. */
  send(event: RoomEvent): void;
  /** The interfaces offered; by default this machine's (the browser edition offers loopback only). */
  addresses?: typeof roomAddresses;
}

/** The host's side of a workshop room, plus how to close it when the host goes away. */
export interface RoomHandlers extends RoomHostApi {
  /** Closes the room if one is open (the window closed, the server stopped). */
  shutdown(): Promise<void>;
}

/**
 * The room's host channels over one room at a time. Opening a room on an address the machine
 * does not have is refused with a message; every failure is a HostResult, never a throw.
 */
export function createRoomHandlers({ page, send, addresses = roomAddresses }: RoomHandlerDeps): RoomHandlers {
  let room: Room | null = null;
  let namesRequired = false;
  const statusOf = (open: Room): RoomStatus => ({ url: open.url, code: open.code, namesRequired, ...open.status() });
  const closeRoom = async (): Promise<void> => {
    const open = room;
    room = null;
    await open?.close();
  };
  const withRoom = <T>(act: (open: Room) => T) => {
    if (!room) return fail('no-room', 'No room is open.');
    return succeed(act(room));
  };

  return {
    'room:addresses': async () => succeed(addresses()),
    'room:open': async ({ address, state }) => {
      if (!addresses().some((offered) => offered.address === address)) return fail('bad-address', `This computer has no network address ${address.slice(0, 64)}; choose one of the list.`);
      await closeRoom();
      try {
        const opened = await openRoom({ host: address, page: await page(), state: { vote: null, timer: null, ...state } });
        namesRequired = state.namesRequired;
        room = opened;
        // Events of a room closed since are not passed on: a new room's page must not hear an old one.
        opened.listen((event) => room === opened && send(event));
        return succeed(statusOf(opened));
      } catch (error) {
        return fail('room-failed', `The room could not be opened on ${address}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    'room:status': async () => succeed(room ? statusOf(room) : null),
    'room:state': async (patch) => {
      if (patch.namesRequired !== undefined) namesRequired = patch.namesRequired;
      return withRoom((open) => {
        open.setState(patch);
        return null;
      });
    },
    'room:dots': async (voteId) => withRoom((open) => open.dotsOf(voteId)),
    'room:acknowledge': async (noteIds) =>
      withRoom((open) => {
        open.acknowledge(noteIds);
        return null;
      }),
    'room:remove': async (participantId) =>
      withRoom((open) => {
        open.remove(participantId);
        return null;
      }),
    'room:close': async () => {
      await closeRoom();
      send({ type: 'closed' });
      return succeed(null);
    },
    shutdown: closeRoom,
  };
}
