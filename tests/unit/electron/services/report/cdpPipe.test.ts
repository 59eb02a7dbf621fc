import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe, type CdpEvent } from '../../../../../electron/services/report/cdpPipe';

/** A pipe whose browser end the test plays: what the pipe wrote, and a way to answer. */
function connected() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const written: unknown[] = [];
  let pending = '';
  toBrowser.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\0');
    pending = parts.pop()!;
    for (const part of parts) written.push(JSON.parse(part));
  });
  return { pipe: new CdpPipe(toBrowser, fromBrowser), fromBrowser, written };
}

const frame = (message: object): Buffer => Buffer.from(`${JSON.stringify(message)}\0`, 'utf8');
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('CdpPipe', () => {
  it('writes each command as NUL-ended JSON with its own id, and a session when it has one', async () => {
    const { pipe, written } = connected();
    void pipe.send('Target.createTarget', { url: 'about:blank' });
    void pipe.send('Page.enable', {}, 'session-1');
    await flush();
    expect(written).toEqual([
      { id: 1, method: 'Target.createTarget', params: { url: 'about:blank' } },
      { id: 2, method: 'Page.enable', params: {}, sessionId: 'session-1' },
    ]);
  });

  it('resolves each command with its own result, whatever order the answers come in and however the bytes are cut', async () => {
    const { pipe, fromBrowser } = connected();
    const first = pipe.send('A.one');
    const second = pipe.send('A.two');
    const bytes = Buffer.concat([frame({ id: 2, result: { value: 'two — 2' } }), frame({ id: 1, result: { value: 'one' } })]);
    // Cut inside the multi-byte dash and between the two messages' NULs.
    const cut = bytes.indexOf('—') + 1;
    fromBrowser.write(bytes.subarray(0, cut));
    fromBrowser.write(bytes.subarray(cut, cut + 20));
    fromBrowser.write(bytes.subarray(cut + 20));
    await expect(first).resolves.toEqual({ value: 'one' });
    await expect(second).resolves.toEqual({ value: 'two — 2' });
  });

  it('rejects a command the browser refuses with the method and the browser’s message', async () => {
    const { pipe, fromBrowser } = connected();
    const answer = pipe.send('Page.navigate', { url: 'nowhere' });
    fromBrowser.write(frame({ id: 1, error: { code: -32000, message: 'Cannot navigate to invalid URL' } }));
    await expect(answer).rejects.toThrow('Page.navigate: Cannot navigate to invalid URL');
  });

  it('gives events to listeners until they stop listening', async () => {
    const { pipe, fromBrowser } = connected();
    const heard: CdpEvent[] = [];
    const stop = pipe.onEvent((event) => heard.push(event));
    fromBrowser.write(frame({ method: 'Page.loadEventFired', params: { timestamp: 1 }, sessionId: 's' }));
    await flush();
    stop();
    fromBrowser.write(frame({ method: 'Page.loadEventFired', params: { timestamp: 2 }, sessionId: 's' }));
    await flush();
    expect(heard).toEqual([{ method: 'Page.loadEventFired', params: { timestamp: 1 }, sessionId: 's' }]);
  });

  it('fails the commands still waiting, and any sent later, when the browser goes', async () => {
    const { pipe, fromBrowser } = connected();
    const waiting = pipe.send('Page.printToPDF');
    fromBrowser.end();
    await expect(waiting).rejects.toThrow('Page.printToPDF: Chromium closed the connection.');
    await expect(pipe.send('IO.read')).rejects.toThrow('IO.read: Chromium closed the connection.');
  });
});
