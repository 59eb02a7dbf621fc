import { randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { createCodeGuard, type CodeGuard } from '../../../shared/room/codeGuard';
import { createMessageMeter } from '../../../shared/room/messageMeter';
import { makeRoomCode, normalisedCode } from '../../../shared/room/roomCode';
import { participantOfDocument, ROOM_DOCUMENT, ROOM_STATE, type RoomState } from '../../../shared/room/roomDocuments';
import { ROOM_LIMITS } from '../../../shared/room/roomLimits';
import type { RoomDots, RoomEvent, RoomNote, RosterPerson } from '../../../shared/room/roomEvents';
import { DocumentSync, type SyncSocket } from './documentSync';
import { ParticipantBook } from './participantBook';
import { servePageFile, type PageFiles } from './pageFiles';
import { roomResponse, readJsonBody } from './roomHttp';

/** How to open a room. */
export interface RoomOptions {
  /** The address of the network interface to listen on (never all interfaces unless asked: 0.0.0.0). */
  readonly host: string;
  /** The port; 0 (the default) takes a free one. */
  readonly port?: number;
  /** The participant's page and its assets. */
  readonly page: PageFiles;
  /** The room's first state: the map's title, whether names are asked. */
  readonly state: RoomState;
  /** Clock and random source; tests pass their own. */
  readonly now?: () => number;
  readonly randomBelow?: (limit: number) => number;
}

/** An open room: its address and code, and what the facilitator's app does with it. */
export interface Room {
  /** The address phones open, such as `http://192.168.1.20:53011/`. */
  readonly url: string;
  readonly code: string;
  /** Everyone who joined, and the notes not yet taken into the map. */
  status(): { readonly people: readonly RosterPerson[]; readonly notes: readonly RoomNote[] };
  /** Changes what the phones are shown. */
  setState(patch: Partial<RoomState>): void;
  /** The dots cast so far in a vote, per item, from each participant's own list (see tallyRoomDots). */
  dotsOf(voteId: string): RoomDots;
  /** Notes the map now holds: they are not offered again. */
  acknowledge(noteIds: readonly string[]): void;
  /** Sends someone out: their code no longer works, their phone is disconnected. */
  remove(participantId: string): void;
  /** Listens to the room; returns how to stop. */
  listen(listener: (event: RoomEvent) => void): () => void;
  /** Closes the room: every phone is disconnected and nothing listens any more. */
  close(): Promise<void>;
}

const SOCKET_OPEN = 1;

/**
 * Opens a workshop room: an HTTP server on one network interface that serves the participant's
 * page, admits phones that know the room's code (rate-limited per address), and syncs the room's
 * Yjs documents with them over WebSocket (y-websocket protocol). Nothing listens before this is
 * called, and nothing after `close()`. The facilitator's app talks to the room in-process through
 * the returned object, never over the network.
 */
export async function openRoom(options: RoomOptions): Promise<Room> {
  const now = options.now ?? Date.now;
  const code = makeRoomCode(options.randomBelow ?? ((limit) => randomInt(limit)));
  const guard: CodeGuard = createCodeGuard({ now });
  const listeners = new Set<(event: RoomEvent) => void>();
  const emit = (event: RoomEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const roomDoc = new Y.Doc();
  const roomSync = new DocumentSync(roomDoc);
  const state = roomDoc.getMap(ROOM_STATE);
  roomDoc.transact(() => {
    for (const [key, value] of Object.entries(options.state)) state.set(key, value);
  });
  const book = new ParticipantBook({ namesRequired: () => state.get('namesRequired') === true, currentVoteId: () => (state.get('vote') as RoomState['vote'] | undefined)?.id ?? null, emit });
  const sockets = new Set<WebSocket>();
  let origin = '';

  const join = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const address = request.socket.remoteAddress ?? 'unknown';
    const admission = guard.admit(address);
    if (!admission.allowed) {
      roomResponse(response, 429, { message: `Too many wrong codes from this device. Try again in ${Math.ceil(admission.retryAfterMs / 60_000)} minutes.` }, { 'Retry-After': String(Math.ceil(admission.retryAfterMs / 1000)) });
      return;
    }
    const body = await readJsonBody(request, 2048);
    if (!body.ok) {
      roomResponse(response, 400, { message: body.message });
      return;
    }
    const typed = typeof body.value.code === 'string' ? normalisedCode(body.value.code) : '';
    if (!sameCode(typed, code)) {
      guard.failed(address);
      roomResponse(response, 403, { message: 'That is not this room’s code. Check the code on the screen and try again.' });
      return;
    }
    guard.succeeded(address);
    const joined = book.admit(typeof body.value.name === 'string' ? body.value.name : '');
    if (!joined.ok) {
      roomResponse(response, joined.status, { message: joined.message });
      return;
    }
    roomResponse(response, 200, { participantId: joined.participantId, token: joined.token, document: joined.document });
  };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://room').pathname;
    if (request.method === 'POST' && path === '/join') {
      join(request, response).catch(() => roomResponse(response, 500, { message: 'The room could not take you in. Try again.' }));
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      servePageFile(options.page, path, request, response);
      return;
    }
    roomResponse(response, 405, { message: 'Not here.' });
  });

  const refuseUpgrade = (socket: Duplex, status: number, reason: string): void => {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://room');
    // A page of another site in the participant's browser must not reach the room with their token.
    if (request.headers.origin !== origin) return refuseUpgrade(socket, 403, 'Forbidden');
    const match = /^\/sync\/([A-Za-z0-9_-]{1,80})$/.exec(url.pathname);
    const who = book.byToken(url.searchParams.get('token') ?? '');
    if (!match || !who) return refuseUpgrade(socket, 403, 'Forbidden');
    const name = match[1]!;
    const own = participantOfDocument(name);
    if (name !== ROOM_DOCUMENT && own !== who.participantId) return refuseUpgrade(socket, 403, 'Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => connect(ws, who.participantId, name === ROOM_DOCUMENT ? roomSync : book.syncOf(who.participantId), name !== ROOM_DOCUMENT));
  });

  const connect = (ws: WebSocket, participantId: string, sync: DocumentSync, canWrite: boolean): void => {
    sockets.add(ws);
    const meter = createMessageMeter({ now });
    const socket: SyncSocket = { send: (data) => ws.readyState === SOCKET_OPEN && ws.send(data) };
    sync.join(socket, { canWrite });
    book.connected(participantId, ws, +1);
    ws.on('message', (data: Buffer) => {
      if (!meter.allow()) {
        book.notice(participantId, 'You sent too much at once; the room took a breath. Your notes and dots are kept.');
        ws.close(4008, 'Too many messages in a second');
        return;
      }
      if (!sync.receive(socket, new Uint8Array(data))) ws.close(4002, 'Not a message this room understands');
      else if (canWrite) book.checkLimits(participantId);
    });
    ws.on('close', () => {
      sockets.delete(ws);
      sync.leave(socket);
      book.connected(participantId, ws, -1);
    });
    ws.on('error', () => ws.terminate());
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}/`;
  origin = `http://${host}:${port}`;

  let closed = false;
  return {
    url,
    code,
    status: () => book.status(),
    setState(patch) {
      roomDoc.transact(() => {
        for (const [key, value] of Object.entries(patch)) state.set(key, value);
      });
    },
    dotsOf: (voteId) => book.dotsOf(voteId),
    acknowledge: (noteIds) => book.acknowledge(noteIds),
    remove: (participantId) => book.remove(participantId),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const ws of sockets) ws.close(4001, 'The room was closed');
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      emit({ type: 'closed' });
      listeners.clear();
    },
  };
}

/** Compares codes in constant time: how long a wrong code takes to refuse says nothing about it. */
function sameCode(typed: string, code: string): boolean {
  const a = Buffer.from(typed.padEnd(code.length, ' ').slice(0, 64));
  const b = Buffer.from(code.padEnd(a.length, ' '));
  return a.length === b.length && timingSafeEqual(a, b) && typed.length === code.length;
}

