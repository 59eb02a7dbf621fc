import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openRoom, type Room } from '../../../../../electron/services/room/roomServer';
import type { RoomEvent } from '../../../../../shared/room/roomEvents';
import { PARTICIPANT_DOTS, PARTICIPANT_NOTES, PARTICIPANT_NOTICES, ROOM_STATE } from '../../../../../shared/room/roomDocuments';
import { ROOM_LIMITS } from '../../../../../shared/room/roomLimits';
import { follow, joinRoom, socketFrom, testPage, until } from './roomTestClient';

// The room server for real, on the loopback address only: its page, its door (the code, the
// guard against guessing), who may read and write which document, and the limits on what a phone
// may send. Every client here is a y-websocket provider, as on the participant's page.

const rooms: Room[] = [];
const providers: { destroy(): void }[] = [];
afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  for (const room of rooms.splice(0)) await room.close();
});

async function room(namesRequired = false, now?: () => number): Promise<{ room: Room; events: RoomEvent[] }> {
  const opened = await openRoom({ host: '127.0.0.1', page: testPage(), state: { title: 'Home insurance claim', namesRequired, vote: null, timer: null }, ...(now ? { now } : {}) });
  rooms.push(opened);
  const events: RoomEvent[] = [];
  opened.listen((event) => events.push(event));
  return { room: opened, events };
}

function phone(url: string, document: string, token: string, origin?: string) {
  const followed = follow(url, document, token, origin);
  providers.push(followed.provider);
  return followed;
}

async function status(url: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw request: fetch would tidy a path that climbs (/../) before sending it.
    const outgoing = request(`${url.replace(/\/$/, '')}${path}`, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Whether a WebSocket upgrade is refused before any message: resolves with the HTTP status. */
function upgradeStatus(url: string, path: string, origin: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const Socket = socketFrom(origin);
    const socket = new Socket(`${url.replace(/^http/, 'ws').replace(/\/$/, '')}${path}`);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', () => resolve(-1));
  });
}

describe('a room’s page and door', () => {
  it('listens on the address asked for, serves the page with its policy and its assets, and nothing else of the folder', async () => {
    const { room: opened } = await room();
    expect(opened.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(opened.code).toMatch(/^[A-Z0-9]{6}$/);
    const page = await status(opened.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect((await status(opened.url, '/assets/join.js')).status).toBe(200);
    for (const path of ['/secret.txt', '/assets/../secret.txt', '/../package.json', '/assets/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/participant.html']) expect((await status(opened.url, path)).status).toBe(404);
  });

  it('lets in whoever has the code (any case, spaced), with a name when the room asks for names', async () => {
    const { room: opened, events } = await room(true);
    expect((await joinRoom(opened.url, opened.code, '  ')).status).toBe(400);
    const joined = await joinRoom(opened.url, `${opened.code.slice(0, 3).toLowerCase()} ${opened.code.slice(3)}`, 'Ana');
    expect(joined.status).toBe(200);
    expect(joined.body.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(events.at(-1)).toEqual({ type: 'roster', people: [{ participantId: joined.body.participantId, name: 'Ana', connected: false }] });
  });

  it('locks out an address after five wrong codes a minute — the right code too — and lets it in after the lock-out', async () => {
    let now = 1_000_000;
    const { room: opened } = await room(false, () => now);
    const wrong = opened.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let attempt = 0; attempt < ROOM_LIMITS.wrongCodesPerMinute; attempt += 1) expect((await joinRoom(opened.url, wrong)).status).toBe(403);
    const locked = await joinRoom(opened.url, opened.code);
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Too many wrong codes/);
    now += ROOM_LIMITS.lockoutMs;
    expect((await joinRoom(opened.url, opened.code)).status).toBe(200);
  });

  it('guessing the code by brute force gets five tries a minute: a thousand guesses take over three hours', async () => {
    let now = 0;
    const { room: opened } = await room(false, () => now);
    let tries = 0;
    let admitted = 0;
    // A guesser that waits out every lock-out: count what gets through in a simulated hour.
    while (now < 60 * 60_000) {
      const answer = await joinRoom(opened.url, tries.toString(36).toUpperCase().padStart(6, 'Z'));
      if (answer.status === 429) now += ROOM_LIMITS.lockoutMs;
      else admitted += 1;
      tries += 1;
    }
    expect(admitted).toBeLessThanOrEqual(60);
    expect((1000 / admitted) * 60).toBeGreaterThan(180);
  });
});

describe('who reads and writes what', () => {
  it('refuses an upgrade from another origin, without a token, or for another participant’s document', async () => {
    const { room: opened } = await room();
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const ben = (await joinRoom(opened.url, opened.code)).body;
    const own = opened.url.replace(/\/$/, '');
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}?token=${ana.token}`, own)).toBe(101);
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}?token=${ana.token}`, 'http://evil.example')).toBe(403);
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}?token=${ana.token}`, undefined)).toBe(403);
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}`, own)).toBe(403);
    expect(await upgradeStatus(opened.url, `/sync/${ben.document}?token=${ana.token}`, own)).toBe(403);
    expect(await upgradeStatus(opened.url, `/sync/roster?token=${ana.token}`, own)).toBe(403);
  });

  it('shows the room to every phone, and takes nothing a phone writes into it', async () => {
    const { room: opened } = await room();
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const ben = (await joinRoom(opened.url, opened.code)).body;
    const anaRoom = phone(opened.url, 'room', ana.token!);
    const benRoom = phone(opened.url, 'room', ben.token!);
    await until(() => anaRoom.doc.getMap(ROOM_STATE).get('title') === 'Home insurance claim', 'the room’s title on the phone');
    anaRoom.doc.getMap(ROOM_STATE).set('title', 'Hacked');
    opened.setState({ timer: { remainingMs: 60_000, running: true } });
    await until(() => benRoom.doc.getMap(ROOM_STATE).get('timer') !== undefined, 'the timer on the other phone');
    expect(benRoom.doc.getMap(ROOM_STATE).get('title')).toBe('Home insurance claim');
  });

  it('hands a phone’s notes to the facilitator once each, with its author only when names are asked, also after a reconnect', async () => {
    const { room: opened, events } = await room(true);
    const ana = (await joinRoom(opened.url, opened.code, 'Ana')).body;
    const own = phone(opened.url, ana.document!, ana.token!);
    await until(() => own.provider.synced, 'the phone synced');
    own.doc.getArray(PARTICIPANT_NOTES).push([{ id: 'n1', text: '  Nobody calls   back ' }]);
    await until(() => events.some((event) => event.type === 'notes'), 'the note at the facilitator');
    expect(events.find((event) => event.type === 'notes')).toEqual({ type: 'notes', notes: [{ id: `${ana.participantId}/n1`, participantId: ana.participantId, author: 'Ana', text: 'Nobody calls back' }] });
    // The phone sleeps, then comes back with its document: nothing is news twice.
    own.provider.disconnect();
    own.doc.getArray(PARTICIPANT_NOTES).push([{ id: 'n2', text: 'Second thought' }]);
    own.provider.connect();
    await until(() => opened.status().notes.length === 2, 'the second note');
    expect(opened.status().notes.map((note) => note.text)).toEqual(['Nobody calls back', 'Second thought']);
    opened.acknowledge([`${ana.participantId}/n1`]);
    expect(opened.status().notes.map((note) => note.text)).toEqual(['Second thought']);
  });

  it('keeps each phone’s dots to itself: the facilitator counts voters, and reads the dots only when asked', async () => {
    const { room: opened, events } = await room();
    opened.setState({ vote: { id: 'v1', question: 'Where first?', dotsPerPerson: 3, items: [{ key: 'step:c4', label: 'Calls the insurer', group: 'Steps' }], revealed: false, results: [] } });
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const ben = (await joinRoom(opened.url, opened.code)).body;
    const anaDoc = phone(opened.url, ana.document!, ana.token!);
    await until(() => anaDoc.provider.synced, 'synced');
    anaDoc.doc.getArray(PARTICIPANT_DOTS).push([{ voteId: 'v1', item: 'step:c4' }]);
    await until(() => events.some((event) => event.type === 'voters' && event.voters === 1), 'one voter');
    // Ben's phone cannot read Ana's document at all: its upgrade is refused.
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}?token=${ben.token}`, opened.url.replace(/\/$/, ''))).toBe(403);
    expect(opened.dotsOf('v1')).toEqual({ perParticipant: [[{ voteId: 'v1', item: 'step:c4' }], []], voters: 1 });
  });
});

describe('the limits on what a phone sends', () => {
  it('closes a connection that sends a message over 8 kB, and keeps what came before', async () => {
    const { room: opened } = await room();
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const own = phone(opened.url, ana.document!, ana.token!);
    await until(() => own.provider.synced, 'synced');
    own.doc.getArray(PARTICIPANT_NOTES).push([{ id: 'ok', text: 'fine' }]);
    await until(() => opened.status().notes.length === 1, 'the first note');
    own.provider.shouldConnect = false;
    own.doc.getArray(PARTICIPANT_NOTES).push([{ id: 'big', text: 'x'.repeat(ROOM_LIMITS.messageBytes + 100) }]);
    await until(() => own.closes.some((close) => close.code === 1009), 'the close for a message too big');
    expect(opened.status().notes.map((note) => note.id)).toEqual([`${ana.participantId}/ok`]);
  });

  it('closes a connection that sends more than twenty messages in a second, and says so on the phone', async () => {
    const { room: opened } = await room();
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const own = phone(opened.url, ana.document!, ana.token!);
    await until(() => own.provider.synced, 'synced');
    for (let index = 0; index < ROOM_LIMITS.messagesPerSecond + 5; index += 1) own.doc.getArray(PARTICIPANT_NOTES).push([{ id: `n${index}`, text: `note ${index}` }]);
    await until(() => own.closes.some((close) => close.code === 4008), 'the close for flooding');
    // It reconnects by itself and every note arrives, once: nothing was lost to the limit.
    await until(() => opened.status().notes.length === ROOM_LIMITS.messagesPerSecond + 5, 'every note after the reconnect');
    await until(() => own.doc.getArray<string>(PARTICIPANT_NOTICES).toArray().some((notice) => notice.includes('too much at once')), 'the notice on the phone');
  });

  it('takes back notes past two hundred from one person, with a notice', async () => {
    const { room: opened } = await room();
    const ana = (await joinRoom(opened.url, opened.code)).body;
    const own = phone(opened.url, ana.document!, ana.token!);
    await until(() => own.provider.synced, 'synced');
    own.doc.transact(() => {
      for (let index = 0; index < ROOM_LIMITS.notesPerParticipant + 3; index += 1) own.doc.getArray(PARTICIPANT_NOTES).push([{ id: `n${index}`, text: 'n' }]);
    });
    await until(() => own.doc.getArray(PARTICIPANT_NOTES).length === ROOM_LIMITS.notesPerParticipant, 'the notes taken back on the phone');
    await until(() => own.doc.getArray<string>(PARTICIPANT_NOTICES).length > 0, 'the notice');
    expect(own.doc.getArray<string>(PARTICIPANT_NOTICES).get(0)).toMatch(/200 notes/);
  });
});

describe('sending someone out, and closing', () => {
  it('disconnects a removed participant, whose token then opens nothing', async () => {
    const { room: opened, events } = await room();
    const ana = (await joinRoom(opened.url, opened.code, 'Ana')).body;
    const own = phone(opened.url, ana.document!, ana.token!);
    await until(() => own.provider.wsconnected, 'connected');
    await until(() => events.some((event) => event.type === 'roster' && event.people.some((person) => person.connected)), 'shown as connected');
    opened.remove(ana.participantId!);
    await until(() => own.closes.some((close) => close.code === 4003), 'the phone told');
    own.provider.shouldConnect = false;
    expect(await upgradeStatus(opened.url, `/sync/${ana.document}?token=${ana.token}`, opened.url.replace(/\/$/, ''))).toBe(403);
    expect(opened.status().people).toEqual([]);
  });

  it('stops listening when closed', async () => {
    const { room: opened, events } = await room();
    await opened.close();
    await expect(fetch(opened.url)).rejects.toThrow();
    expect(events.at(-1)).toEqual({ type: 'closed' });
  });
});
