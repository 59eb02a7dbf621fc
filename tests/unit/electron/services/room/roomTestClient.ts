import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { PageFiles } from '../../../../../electron/services/room/pageFiles';

/** A participant page built for the tests: a page and one asset, in a folder of their own. */
export function testPage(): PageFiles {
  const root = mkdtempSync(join(tmpdir(), 'room-page-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'participant.html'), '<!doctype html><title>Join</title><script src="./assets/join.js"></script>');
  writeFileSync(join(root, 'assets', 'join.js'), 'console.log("join")');
  writeFileSync(join(root, 'secret.txt'), 'not for phones');
  return { root, page: 'participant.html' };
}

/** What /join answered. */
export interface Joined {
  readonly status: number;
  readonly body: { participantId?: string; token?: string; document?: string; message?: string };
}

export async function joinRoom(url: string, code: string, name = ''): Promise<Joined> {
  const response = await fetch(new URL('join', url), { method: 'POST', body: JSON.stringify({ code, name }), headers: { 'Content-Type': 'application/json' } });
  return { status: response.status, body: (await response.json()) as Joined['body'] };
}

/** A WebSocket class that sends this Origin header, as a browser on the room's page does. */
export function socketFrom(origin: string | undefined): new (address: string, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, origin === undefined ? {} : { origin });
    }
  };
}

/** A phone's copy of one of the room's documents, kept in sync by y-websocket as the page does it. */
export function follow(url: string, document: string, token: string, origin = url.replace(/\/$/, '')): { doc: Y.Doc; provider: WebsocketProvider; closes: { code: number; reason: string }[] } {
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}sync`, document, doc, {
    params: { token },
    WebSocketPolyfill: socketFrom(origin) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return { doc, provider, closes };
}

/** Resolves once `condition` holds, checking on every turn of the event loop (never a fixed wait). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let turn = 0; turn < 20_000; turn += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`Gave up waiting for ${what}.`);
}
