import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOM_CHANNELS } from '../../shared/host/roomChannels';
import { fail } from '../../shared/host/hostResult';
import type { RoomEvent } from '../../shared/room/roomEvents';
import type { RoomHandlers } from '../services/room/roomHandlers';

/** The largest room request: a vote's items for the largest map fit well inside. */
const BODY_LIMIT = 16 * 1024 * 1024;

type Next = (error?: unknown) => void;

/**
 * The browser edition's room endpoints on the server that serves it (`npm run web`): one POST per
 * room channel under /__room/, answered with the channel's HostResult, and /__room/events, a
 * stream of the room's events. Only this server's own page may call them: a request must carry
 * the page's header (a page of another site cannot send it without consent, never given) and,
 * when the browser says where it comes from, come from this origin.
 */
export function roomMiddleware(
  handlers: RoomHandlers,
  origin: () => string,
): { readonly handle: (request: IncomingMessage, response: ServerResponse, next: Next) => void; readonly send: (event: RoomEvent) => void; readonly end: () => void } {
  const streams = new Set<ServerResponse>();
  const send = (event: RoomEvent): void => {
    for (const stream of streams) stream.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  const handle = (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const path = new URL(request.url ?? '/', 'http://page').pathname;
    if (!path.startsWith('/__room/')) return next();
    const from = request.headers.origin;
    if (from !== undefined && from !== origin()) return answer(response, 403, fail('forbidden', 'Not from this page.'));
    if (request.method === 'GET' && path === '/__room/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
      response.write(': the room\'s events\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    const channel = `room:${path.slice('/__room/'.length)}` as keyof typeof ROOM_CHANNELS;
    if (request.method !== 'POST' || !(channel in ROOM_CHANNELS) || request.headers['x-outside-in'] !== 'room') return answer(response, 404, fail('not-found', 'No such room request.'));
    void readBody(request).then(async (body) => {
      let args: unknown;
      try {
        args = JSON.parse(body ?? 'null');
      } catch {
        args = null;
      }
      const checked = ROOM_CHANNELS[channel].safeParse(args);
      if (body === null || !checked.success) return answer(response, 400, fail('bad-arguments', 'That room request is not valid.'));
      try {
        const call = handlers[channel] as (...values: unknown[]) => Promise<unknown>;
        answer(response, 200, await call(...(checked.data as unknown[])));
      } catch (error) {
        answer(response, 500, fail('room-failed', `The room request failed: ${error instanceof Error ? error.message : String(error)}`));
      }
    });
  };
  // The event streams never end by themselves: the server's close ends them.
  const end = (): void => {
    for (const stream of streams) stream.end();
    streams.clear();
  };
  return { handle, send, end };
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

/** The body as text, or null when it is longer than the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
