import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PARTICIPANT_DOTS, PARTICIPANT_NOTES, PARTICIPANT_NOTICES, ROOM_DOCUMENT, ROOM_STATE, type ParticipantDot, type ParticipantNote, type RoomState } from '../../shared/room/roomDocuments';
import type { Membership } from './joinRoom';

/** Why the room let go of this phone for good (a close it sends on purpose), or null while it may come back. */
export type Farewell = 'removed' | 'closed' | null;

/** The phone's link to the room: the room's document (read) and its own (notes, dots), synced by y-websocket. */
export interface RoomLink {
  readonly room: Y.Doc;
  readonly own: Y.Doc;
  readonly notes: Y.Array<ParticipantNote>;
  readonly dots: Y.Array<ParticipantDot>;
  readonly notices: Y.Array<string>;
  state(): Partial<RoomState>;
  connected(): boolean;
  /** Called on every change: a document, the connection. */
  onChange(listener: () => void): void;
  farewell(): Farewell;
  /** Why the last connection was closed by the room, in words, when it said (too much at once, too long). */
  lastRefusal(): string | null;
}

/**
 * Connects to the room's server that served this page, on its own address (the page's policy allows
 * no other). y-websocket reconnects by itself after a sleep or a lost network; what the phone
 * added meanwhile is sent then, once: Yjs's state vectors, not retries, decide what is missing.
 */
export function linkToRoom(membership: Membership): RoomLink {
  const server = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
  const room = new Y.Doc();
  const own = new Y.Doc();
  const options = { params: { token: membership.token }, disableBc: true, maxBackoffTime: 5000 };
  const providers = [new WebsocketProvider(server, ROOM_DOCUMENT, room, options), new WebsocketProvider(server, membership.document, own, options)];
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  let farewell: Farewell = null;
  let refusal: string | null = null;
  for (const provider of providers) {
    provider.on('status', changed);
    provider.on('connection-close', (event) => {
      if (!event) return;
      // 4001: the room closed; 4003: the facilitator took this phone out. Neither comes back.
      if (event.code === 4001 || event.code === 4003) {
        farewell = event.code === 4001 ? 'closed' : 'removed';
        for (const each of providers) each.destroy();
      } else if (event.code === 1009) refusal = 'That was too long to send.';
      else if (event.code === 4008) refusal = 'You sent too much at once; wait a moment.';
      changed();
    });
  }
  room.on('update', changed);
  own.on('update', changed);
  return {
    room,
    own,
    notes: own.getArray<ParticipantNote>(PARTICIPANT_NOTES),
    dots: own.getArray<ParticipantDot>(PARTICIPANT_DOTS),
    notices: own.getArray<string>(PARTICIPANT_NOTICES),
    state: () => room.getMap(ROOM_STATE).toJSON() as Partial<RoomState>,
    connected: () => providers.every((provider) => provider.wsconnected),
    onChange: (listener) => void listeners.add(listener),
    farewell: () => farewell,
    lastRefusal: () => refusal,
  };
}
