import { afterEach, describe, expect, it } from 'vitest';
import { createRoomHandlers, type RoomHandlers } from '../../../../../electron/services/room/roomHandlers';
import { isPrivateAddress, roomAddresses } from '../../../../../electron/services/room/roomAddresses';
import type { RoomEvent } from '../../../../../shared/room/roomEvents';
import { joinRoom, testPage } from './roomTestClient';

// The room's host channels over a real room on the loopback address: one room at a time, every
// failure a HostResult with a message, and the page told only about the room that is open.

const loopbackOnly = () => [{ address: '127.0.0.1', kind: 'loopback' as const, label: 'This computer only' }];
const opened: RoomHandlers[] = [];
afterEach(async () => {
  for (const handlers of opened.splice(0)) await handlers.shutdown();
});

function handlers(): { handlers: RoomHandlers; events: RoomEvent[] } {
  const events: RoomEvent[] = [];
  const created = createRoomHandlers({ page: async () => testPage(), send: (event) => events.push(event), addresses: loopbackOnly });
  opened.push(created);
  return { handlers: created, events };
}

const STATE = { title: 'Home insurance claim', namesRequired: true };

describe('the room’s host channels', () => {
  it('answer that no room is open, in words, before one is', async () => {
    const { handlers: room } = handlers();
    expect(await room['room:status']()).toEqual({ ok: true, value: null });
    for (const answer of [await room['room:dots']('v1'), await room['room:acknowledge'](['a']), await room['room:remove']('p1'), await room['room:state']({ title: 'x' })]) {
      expect(answer).toEqual({ ok: false, error: { code: 'no-room', message: 'No room is open.' } });
    }
  });

  it('refuse an address the computer does not offer, quoting only a short piece of it', async () => {
    const { handlers: room } = handlers();
    const answer = await room['room:open']({ address: `10.9.9.9${'9'.repeat(200)}`, state: STATE });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('bad-address');
      expect(answer.error.message.length).toBeLessThan(140);
    }
    expect(await room['room:status']()).toEqual({ ok: true, value: null });
  });

  it('open a room with its address and code, and a second open replaces the first, whose phones are no longer heard', async () => {
    const { handlers: room, events } = handlers();
    const first = await room['room:open']({ address: '127.0.0.1', state: STATE });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatchObject({ namesRequired: true, people: [], notes: [] });
    expect(first.value.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(first.value.code).toMatch(/^[A-Z0-9]{4,8}$/);

    const second = await room['room:open']({ address: '127.0.0.1', state: { ...STATE, namesRequired: false } });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.url).not.toBe(first.value.url);
    await expect(fetch(first.value.url)).rejects.toThrow();

    await joinRoom(second.value.url, second.value.code, 'Ana');
    const status = await room['room:status']();
    expect(status.ok && status.value?.people.map((person) => person.name)).toEqual(['Ana']);
    expect(events.some((event) => event.type === 'roster')).toBe(true);
  });

  it('close the room, tell the page, and stop listening', async () => {
    const { handlers: room, events } = handlers();
    const open = await room['room:open']({ address: '127.0.0.1', state: STATE });
    if (!open.ok) throw new Error(open.error.message);
    expect(await room['room:close']()).toEqual({ ok: true, value: null });
    expect(events.at(-1)).toEqual({ type: 'closed' });
    expect(await room['room:status']()).toEqual({ ok: true, value: null });
    await expect(fetch(open.value.url)).rejects.toThrow();
  });

  it('say why a room could not be opened when the page cannot be found', async () => {
    const failing = createRoomHandlers({
      page: async () => {
        throw new Error('The participant’s page is not built.');
      },
      send: () => undefined,
      addresses: loopbackOnly,
    });
    opened.push(failing);
    const answer = await failing['room:open']({ address: '127.0.0.1', state: STATE });
    expect(answer).toEqual({ ok: false, error: { code: 'room-failed', message: 'The room could not be opened on 127.0.0.1: The participant’s page is not built.' } });
  });
});

describe('the addresses a room can listen on', () => {
  it('tells private networks from others', () => {
    expect(['10.0.0.4', '172.16.1.1', '172.31.255.1', '192.168.1.20', '169.254.3.3'].map(isPrivateAddress)).toEqual([true, true, true, true, true]);
    expect(['172.15.0.1', '172.32.0.1', '8.8.8.8', '192.169.0.1', '11.0.0.1'].map(isPrivateAddress)).toEqual([false, false, false, false, false]);
  });

  it('lists private networks first, other networks next, this computer last, never all interfaces, IPv4 only', () => {
    const info = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;
    const found = roomAddresses({
      eth0: [info('203.0.113.7', 'IPv4'), info('fe80::1', 'IPv6')],
      wlan0: [info('192.168.0.12', 'IPv4')],
      lo: [info('127.0.0.1', 'IPv4', true)],
    });
    expect(found.map((entry) => [entry.address, entry.kind])).toEqual([
      ['192.168.0.12', 'private'],
      ['203.0.113.7', 'other'],
      ['127.0.0.1', 'loopback'],
    ]);
    expect(found[0]!.label).toBe('wlan0 · private network');
    expect(found.some((entry) => entry.address === '0.0.0.0')).toBe(false);
  });
});
