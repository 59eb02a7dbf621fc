import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { roomMiddleware } from '../../../../electron/launch/roomMiddleware';
import type { RoomHandlers } from '../../../../electron/services/room/roomHandlers';
import { fail, succeed } from '../../../../shared/host/hostResult';

// The browser edition's room endpoints on a real loopback server: only the page's own requests
// (its header, its origin) reach the handlers, arguments are checked like every host channel, and
// a failure is an answer in words, never a stack trace.

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

const calls: unknown[][] = [];
const handlers = {
  'room:addresses': async () => succeed([{ address: '127.0.0.1', kind: 'loopback', label: 'This computer only' }]),
  'room:status': async () => succeed(null),
  'room:remove': async (participantId: string) => {
    calls.push(['remove', participantId]);
    return succeed(null);
  },
  'room:close': async () => {
    throw new Error('the disk is gone');
  },
  'room:dots': async () => fail('no-room', 'No room is open.'),
} as unknown as RoomHandlers;

async function serve(): Promise<{ url: string; origin: string; middleware: ReturnType<typeof roomMiddleware> }> {
  let origin = '';
  const middleware = roomMiddleware(handlers, () => origin);
  const server = createServer((request, response) =>
    middleware.handle(request, response, () => {
      response.writeHead(200);
      response.end('the app');
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.on('close', () => middleware.end());
  return { url: `${origin}/`, origin, middleware };
}

const post = (url: string, channel: string, body: string, headers: Record<string, string> = { 'X-Outside-In': 'room' }) =>
  fetch(new URL(`__room/${channel}`, url), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('the browser edition’s room endpoints', () => {
  it('answer the page’s own requests with the channel’s result', async () => {
    const { url, origin } = await serve();
    const answer = await post(url, 'addresses', '[]', { 'X-Outside-In': 'room', Origin: origin });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.json()).toEqual({ ok: true, value: [{ address: '127.0.0.1', kind: 'loopback', label: 'This computer only' }] });
    expect(await (await post(url, 'remove', '["p7"]')).json()).toEqual({ ok: true, value: null });
    expect(calls).toContainEqual(['remove', 'p7']);
    expect(await (await post(url, 'dots', '["v1"]')).json()).toEqual({ ok: false, error: { code: 'no-room', message: 'No room is open.' } });
  });

  it('leave every other path to the app', async () => {
    const { url } = await serve();
    expect(await (await fetch(url)).text()).toBe('the app');
    expect(await (await fetch(new URL('__roomy', url))).text()).toBe('the app');
  });

  it('refuse a request from another site, one without the page’s header, an unknown channel and a GET', async () => {
    const { url } = await serve();
    const foreign = await post(url, 'addresses', '[]', { 'X-Outside-In': 'room', Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ ok: false, error: { code: 'forbidden', message: 'Not from this page.' } });
    expect((await post(url, 'addresses', '[]', {})).status).toBe(404);
    expect((await post(url, 'unlock', '[]')).status).toBe(404);
    expect((await post(url, '__proto__', '[]')).status).toBe(404);
    expect((await fetch(new URL('__room/addresses', url), { headers: { 'X-Outside-In': 'room' } })).status).toBe(404);
    expect(calls).not.toContainEqual(['remove', 'x']);
  });

  it('refuse arguments that are not the channel’s, and text that is not JSON, without calling the handler', async () => {
    const { url } = await serve();
    const before = calls.length;
    for (const body of ['["p1", "extra"]', '[42]', `["${'p'.repeat(65)}"]`, '{not json', '']) {
      const answer = await post(url, 'remove', body);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({ ok: false, error: { code: 'bad-arguments', message: 'That room request is not valid.' } });
    }
    expect(calls.length).toBe(before);
  });

  it('turn a handler’s failure into a message, not a stack trace', async () => {
    const { url } = await serve();
    const answer = await post(url, 'close', '[]');
    expect(answer.status).toBe(500);
    const body = (await answer.json()) as { ok: false; error: { message: string } };
    expect(body.error.message).toBe('The room request failed: the disk is gone');
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|\.ts:\d+/);
  });

  it('stream the room’s events to the page until the server ends them', async () => {
    const { url, middleware } = await serve();
    const response = await fetch(new URL('__room/events', url));
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string): Promise<void> => {
      while (!text.includes(needle)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`the stream ended before ${needle}`);
        text += decoder.decode(chunk.value);
      }
    };
    await readUntil('the room');
    middleware.send({ type: 'closed' });
    await readUntil('data: {"type":"closed"}');
    middleware.end();
    expect((await reader.read()).done).toBe(true);
  });
});
