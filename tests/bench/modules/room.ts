import type { Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { serialise } from '../../../shared/format/serialise';
import { PARTICIPANT_DOTS, PARTICIPANT_NOTES, ROOM_DOCUMENT, ROOM_STATE, type RoomVote } from '../../../shared/room/roomDocuments';
import { evaluate, startBenchBrowser } from '../browserEdition';
import { round2 } from '../measure';
import { syntheticMap } from '../syntheticMap';
import type { BenchModule, Figures } from '../types';
import { FIND_PROCESS_CARD } from './canvas';

/**
 * The room under load (the room issue's figure): 50 phones, simulated in this process with the
 * y-websocket client the participant's page uses, each adding 20 notes and casting 3 dots within
 * 30 seconds, while the facilitator drags cards in headless Chromium on a 1,000-step map with a
 * vote open. Five phones lose their connection halfway and come back. Reported: the drag's frame
 * times, whether every note and dot arrived exactly once, and the room server's memory (it runs
 * in this process, as in `npm run web`).
 */

const PHONES = 50;
const NOTES_EACH = 20;
const DOTS_EACH = 3;
const BURST_MS = 30_000;
const DROPPED_FRAME_MS = 17.7;

interface Phone {
  readonly own: Y.Doc;
  readonly providers: WebsocketProvider[];
  readonly room: Y.Doc;
}

const until = async (condition: () => boolean | Promise<boolean>, limitMs: number): Promise<boolean> => {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
};

async function roomCall<T>(url: string, channel: string, ...args: unknown[]): Promise<T> {
  const response = await fetch(new URL(`__room/${channel}`, url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Outside-In': 'room' }, body: JSON.stringify(args) });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`room:${channel}: ${result.error.message}`);
  return result.value;
}

async function joinPhone(roomUrl: string, code: string, index: number): Promise<Phone> {
  const response = await fetch(new URL('join', roomUrl), { method: 'POST', body: JSON.stringify({ code, name: `Phone ${index + 1}` }) });
  const joined = (await response.json()) as { token: string; document: string };
  const origin = roomUrl.replace(/\/$/, '');
  const Socket = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { origin });
    }
  } as unknown as typeof globalThis.WebSocket;
  const server = `${roomUrl.replace(/^http/, 'ws')}sync`;
  const options = { params: { token: joined.token }, WebSocketPolyfill: Socket, disableBc: true, maxBackoffTime: 500 };
  const own = new Y.Doc();
  const room = new Y.Doc();
  return { own, room, providers: [new WebsocketProvider(server, joined.document, own, options), new WebsocketProvider(server, ROOM_DOCUMENT, room, options)] };
}

/** Drags process cards back and forth for `ms`, sampling every frame. */
async function dragFor(page: Page, ms: number): Promise<number[]> {
  const card = await evaluate<{ id: string; x: number; y: number } | null>(page, FIND_PROCESS_CARD);
  if (!card) throw new Error('no process card is fully visible to drag');
  await evaluate(page, `() => { const frames = []; let last = performance.now(); window.roomFrames = frames; window.roomRunning = true; const tick = (now) => { frames.push(now - last); last = now; if (window.roomRunning) requestAnimationFrame(tick); }; requestAnimationFrame(tick); }`);
  // Back and forth, not drag-and-undo: an undo could take back a batch of the phones' notes
  // that arrived between two drags, and the bench would count them lost.
  const end = Date.now() + ms;
  for (let from = card.x, to = card.x + 2 * 168; Date.now() < end; [from, to] = [to, from]) {
    await page.mouse.move(from, card.y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(from + ((to - from) * i) / 30, card.y + (i % 2));
    await page.mouse.up();
  }
  return evaluate<number[]>(page, `() => { window.roomRunning = false; return window.roomFrames.slice(1); }`);
}

export const roomBench: BenchModule = {
  name: 'room',
  targets: [
    { figure: 'roomDragP95FrameMs', under: 33.4, description: 'the facilitator’s drag stays smooth while 50 phones send notes and dots (frame p95 ≤ 33 ms)' },
    { figure: 'roomNotesLostOrDuplicated', under: 1, unit: 'notes', description: 'every phone note reaches the map exactly once, also after dropped connections' },
    { figure: 'roomDotsMissing', under: 1, unit: 'dots', description: 'every phone dot is counted at the reveal' },
  ],
  async run(): Promise<Figures> {
    // y-websocket's provider listens for the process's exit, once per provider: a hundred here.
    process.setMaxListeners(2 * PHONES + 20);
    const bench = await startBenchBrowser(5320);
    try {
      const room = await roomCall<{ url: string; code: string }>(bench.url, 'open', { address: '127.0.0.1', state: { title: 'Load bench', namesRequired: false } });
      const map = { ...syntheticMap(1000), title: 'Room bench', votes: [{ id: 'v1', question: 'Where first?', dotsPerPerson: DOTS_EACH, people: 1, revealed: false, dots: [] }] };
      const page = await bench.open(1920, 1080);
      await evaluate(page, `(text) => window.workbench.load(text)`, serialise(map));
      await page.waitForFunction(`(document.querySelector('.map-canvas')?.getAttribute('aria-label') ?? '').startsWith('Room bench:')`);
      const heapBefore = process.memoryUsage().heapUsed;

      const phones = await Promise.all(Array.from({ length: PHONES }, (_, index) => joinPhone(room.url, room.code, index)));
      if (!(await until(() => phones.every((phone) => phone.providers.every((provider) => provider.synced)), 30_000))) throw new Error('the phones did not all connect');
      if (!(await until(() => phones.every((phone) => (phone.room.getMap(ROOM_STATE).get('vote') as RoomVote | undefined)?.items.length), 30_000))) throw new Error('the vote did not reach the phones');

      // Each phone's notes and dots, spread over the burst at random moments; five phones drop their connection halfway.
      const started = Date.now();
      const sending = phones.flatMap((phone, index) => {
        const items = (phone.room.getMap(ROOM_STATE).get('vote') as RoomVote).items;
        const moments = [...Array.from({ length: NOTES_EACH }, (_, note) => ({ note })), ...Array.from({ length: DOTS_EACH }, (_, dot) => ({ dot }))];
        return moments.map(
          (moment) =>
            new Promise<void>((resolve) =>
              setTimeout(() => {
                if ('note' in moment) phone.own.getArray(PARTICIPANT_NOTES).push([{ id: `p${index}n${moment.note}`, text: `Phone ${index + 1}, note ${moment.note + 1}` }]);
                else phone.own.getArray(PARTICIPANT_DOTS).push([{ voteId: 'v1', item: items[(index + moment.dot) % items.length]!.key }]);
                resolve();
              }, Math.random() * (BURST_MS - 1000)),
            ),
        );
      });
      setTimeout(() => {
        for (const phone of phones.slice(0, 5)) for (const provider of phone.providers) provider.ws?.close();
      }, BURST_MS / 2);
      const frames = await dragFor(page, BURST_MS);
      await Promise.all(sending);
      const burstSeconds = (Date.now() - started) / 1000;

      const expected = PHONES * NOTES_EACH;
      await until(async () => (await evaluate<number>(page, `() => window.workbench.getMap().notes?.length ?? 0`)) >= expected, 30_000);
      const texts = await evaluate<string[]>(page, `() => (window.workbench.getMap().notes ?? []).map((note) => note.text)`);
      const unique = new Set(texts).size;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);

      await evaluate(page, `() => window.workbench.run('vote.reveal')`);
      await until(async () => evaluate<boolean>(page, `() => window.workbench.getMap().votes[0].revealed`), 30_000);
      const dots = await evaluate<number>(page, `() => window.workbench.getMap().votes[0].dots.reduce((sum, entry) => sum + entry.count, 0)`);

      for (const phone of phones) for (const provider of phone.providers) provider.destroy();
      await roomCall(bench.url, 'close');
      const sorted = [...frames].sort((a, b) => a - b);
      const total = frames.reduce((sum, frame) => sum + frame, 0);
      return {
        roomDragP95FrameMs: round2(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
        roomDragMaxFrameMs: round2(sorted.at(-1) ?? 0),
        roomDragJankPercent: round2(total > 0 ? (100 * frames.filter((frame) => frame > DROPPED_FRAME_MS).reduce((sum, frame) => sum + frame, 0)) / total : 0),
        roomNotesArrivedOf1000: unique,
        roomNotesLostOrDuplicated: expected - unique + (texts.length - unique),
        roomDotsCountedOf150: dots,
        roomDotsMissing: PHONES * DOTS_EACH - dots,
        roomBurstSeconds: round2(burstSeconds),
        roomServerHeapGrowthMb: round2(heapMb),
      };
    } finally {
      await bench.close();
    }
  },
};
