import { describe, expect, it, vi } from 'vitest';
import { registerHostHandlers, type HostHandlers, type IpcMainLike } from '../../../../electron/ipc/registerHostHandlers';
import { createSenderPolicy, type IpcEventLike } from '../../../../electron/ipc/senderPolicy';
import { HOST_CHANNELS } from '../../../../shared/host/hostApi';
import { succeed } from '../../../../shared/host/hostResult';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain stand-in that keeps the registered listeners so a test can call them as Electron would. */
function fakeIpc(): IpcMainLike & { call(channel: string, event: IpcEventLike, ...args: unknown[]): Promise<unknown> } {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    call: (channel, event, ...args) => listeners.get(channel)!(event, ...args),
  };
}

const ORIGIN = 'app://outside-in';
const OUR_WINDOW = 7;
const mainFrame = { url: `${ORIGIN}/index.html` };
const fromUs: IpcEventLike = { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: mainFrame };
const policy = createSenderPolicy({ origin: ORIGIN, isOurWindow: (id) => id === OUR_WINDOW });

function handlers(overrides: Partial<HostHandlers> = {}): HostHandlers {
  const refuse = async () => {
    throw new Error('not under test');
  };
  const all = Object.fromEntries(Object.keys(HOST_CHANNELS).map((channel) => [channel, refuse])) as unknown as HostHandlers;
  return { ...all, ...overrides };
}

describe('the sender check', () => {
  it('lets our window’s main frame on our origin through', () => {
    expect(policy(fromUs)).toBe(true);
  });

  it.each<[string, IpcEventLike]>([
    ['another window', { sender: { id: 99, mainFrame }, senderFrame: mainFrame }],
    ['an iframe inside our window', { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: { url: `${ORIGIN}/index.html` } }],
    ['our window navigated to another origin', { sender: { id: OUR_WINDOW, mainFrame: { url: 'https://evil.example/' } }, senderFrame: null }],
    ['a main frame showing another origin', (() => { const frame = { url: 'https://evil.example/x' }; return { sender: { id: OUR_WINDOW, mainFrame: frame }, senderFrame: frame }; })()],
    ['a file:// page', (() => { const frame = { url: 'file:///tmp/map.html' }; return { sender: { id: OUR_WINDOW, mainFrame: frame }, senderFrame: frame }; })()],
    ['a frame with a broken address', (() => { const frame = { url: 'not a url' }; return { sender: { id: OUR_WINDOW, mainFrame: frame }, senderFrame: frame }; })()],
    ['a sender whose frame is gone', { sender: { id: OUR_WINDOW, mainFrame }, senderFrame: null }],
  ])('refuses %s', (_, event) => {
    expect(policy(event)).toBe(false);
  });
});

describe('registerHostHandlers', () => {
  it('registers exactly the contract’s channels', () => {
    const channels: string[] = [];
    registerHostHandlers({ handle: (channel) => channels.push(channel) }, handlers(), policy);
    expect(channels.sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
  });

  it('passes checked arguments to the handler and returns its result', async () => {
    const ipc = fakeIpc();
    const discard = vi.fn(async (_documentId: string) => succeed(null));
    registerHostHandlers(ipc, handlers({ 'recovery:discard': discard }), policy);
    await expect(ipc.call('recovery:discard', fromUs, 'doc_1')).resolves.toEqual({ ok: true, value: null });
    expect(discard).toHaveBeenCalledWith('doc_1');
  });

  it('refuses a foreign sender before the handler runs', async () => {
    const ipc = fakeIpc();
    const discard = vi.fn(async () => succeed(null));
    registerHostHandlers(ipc, handlers({ 'recovery:discard': discard }), policy);
    const foreign: IpcEventLike = { sender: { id: 99, mainFrame }, senderFrame: mainFrame };
    await expect(ipc.call('recovery:discard', foreign, 'doc_1')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(discard).not.toHaveBeenCalled();
  });

  const byDocumentId = ['recovery:discard', 'recovery:read', 'recovery:reveal'] as const;
  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['a number for the handle', [42]],
    ['a handle that climbs out of its folder', ['../../etc/passwd']],
    ['an extra argument', ['doc_1', 'more']],
  ])('refuses malformed arguments: %s', async (_, args) => {
    for (const channel of byDocumentId) {
      const ipc = fakeIpc();
      const handler = vi.fn(async () => succeed(null));
      registerHostHandlers(ipc, handlers({ [channel]: handler }), policy);
      await expect(ipc.call(channel, fromUs, ...args), channel).resolves.toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
      expect(handler).not.toHaveBeenCalled();
    }
  });

  it('lets the recovery list be asked for its first page or the page after a cursor, and nothing else', async () => {
    const ipc = fakeIpc();
    const list = vi.fn(async () => succeed({ copies: [], unreadable: [], more: 0, next: null }));
    registerHostHandlers(ipc, handlers({ 'recovery:list': list }), policy);
    for (const args of [[], [{}], [{ after: '1700000000000:doc_1' }], [{ after: null }]]) {
      await expect(ipc.call('recovery:list', fromUs, ...args)).resolves.toMatchObject({ ok: true });
    }
    for (const args of [[{ after: 5 }], [{ after: 'x'.repeat(201) }], [{ path: '/etc' }], ['x'], [{}, {}]]) {
      await expect(ipc.call('recovery:list', fromUs, ...args), JSON.stringify(args)).resolves.toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    }
    expect(list).toHaveBeenCalledTimes(4);
  });

  it('refuses unknown fields in a request object', async () => {
    const ipc = fakeIpc();
    const save = vi.fn(async () => succeed({ handle: 'h', name: 'n' }));
    registerHostHandlers(ipc, handlers({ 'file:save': save }), policy);
    await expect(ipc.call('file:save', fromUs, { handle: 'h1', text: '{}', path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(save).not.toHaveBeenCalled();
  });

  it('turns a handler that throws into a failed result with its message, and reports it', async () => {
    const ipc = fakeIpc();
    const report = vi.fn();
    registerHostHandlers(ipc, handlers(), policy, report);
    await expect(ipc.call('recent:list', fromUs)).resolves.toEqual({ ok: false, error: { code: 'failed', message: 'not under test' } });
    expect(report).toHaveBeenCalledWith('recent:list', expect.any(Error));
  });
});

describe('the channel list the preload exposes', () => {
  it('is exactly the contract’s channels', async () => {
    const { HOST_CHANNEL_NAMES } = await import('../../../../shared/host/hostChannels');
    expect([...HOST_CHANNEL_NAMES].sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
  });
});
