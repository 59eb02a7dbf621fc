import type { RoomHostApi } from '../../shared/host/roomChannels';
import { fail, type HostResult } from '../../shared/host/hostResult';
import type { RoomEvent } from '../../shared/room/roomEvents';

/** Where the browser edition's server (`npm run web`) answers for the room: on this page's own origin. */
export const ROOM_ENDPOINT = '/__room/';

/** The header every room request carries: a page of another site cannot send it without the server's consent, which it never gives. */
export const ROOM_REQUEST_HEADER = 'X-Outside-In';

const CHANNELS = ['room:addresses', 'room:open', 'room:status', 'room:state', 'room:dots', 'room:acknowledge', 'room:remove', 'room:close'] as const satisfies readonly (keyof RoomHostApi)[];

/** The browser edition's side of a room: requests to its own server, and the room's events as they come. */
export interface RoomGateway {
  readonly host: RoomHostApi;
  /** Listens to the open room's events; returns how to stop. */
  onEvent(listener: (event: RoomEvent) => void): () => void;
}

/**
 * The room through the server that serves the browser edition (`npm run web`, which runs the room
 * in its own Node process): one POST per channel, and a stream of Server-Sent Events, all on this
 * page's origin — the page never talks to a phone, and its policy allows no other address. Where
 * no such server answers (the edition served as plain files), every channel says so.
 */
export function httpRoomGateway(fetcher: typeof fetch = (input, init) => fetch(input, init)): RoomGateway {
  const call = async (channel: (typeof CHANNELS)[number], args: readonly unknown[]): Promise<HostResult<unknown>> => {
    try {
      const response = await fetcher(`${ROOM_ENDPOINT}${channel.slice('room:'.length)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [ROOM_REQUEST_HEADER]: 'room' },
        body: JSON.stringify(args),
      });
      if (response.status === 404) return fail('no-room-server', 'A workshop room needs the desktop app, or the browser edition started with npm run web.');
      return (await response.json()) as HostResult<unknown>;
    } catch {
      return fail('no-room-server', 'The room could not be reached: is npm run web still running?');
    }
  };
  const host = Object.fromEntries(CHANNELS.map((channel) => [channel, (...args: unknown[]) => call(channel, args)])) as unknown as RoomHostApi;

  const listeners = new Set<(event: RoomEvent) => void>();
  let source: EventSource | null = null;
  return {
    host,
    onEvent(listener) {
      listeners.add(listener);
      if (!source && typeof EventSource !== 'undefined') {
        source = new EventSource(`${ROOM_ENDPOINT}events`);
        source.onmessage = (message) => {
          let event: RoomEvent;
          try {
            event = JSON.parse(String(message.data)) as RoomEvent;
          } catch {
            return;
          }
          for (const each of listeners) each(event);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
