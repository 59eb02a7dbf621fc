import type { Readable, Writable } from 'node:stream';

/** An event of the DevTools protocol: its method, its parameters and the session it belongs to (none for the browser's own). */
export interface CdpEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly sessionId?: string;
}

interface Pending {
  readonly method: string;
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
}

/**
 * The DevTools protocol over Chromium's `--remote-debugging-pipe`: JSON messages ended by a NUL
 * byte, commands written to the browser's fd 3 and answers and events read from its fd 4. Flat
 * sessions (`Target.attachToTarget` with `flatten`): a command for a page names its session.
 */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();
  private buffered: Buffer[] = [];
  private closedBecause: string | null = null;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.close('Chromium closed the connection'));
    fromBrowser.on('error', (error) => this.close(`the connection to Chromium failed: ${error.message}`));
    // Writing to a browser that has gone fails here as well as in `close`; `close` tells the caller.
    toBrowser.on('error', (error) => this.close(`the connection to Chromium failed: ${error.message}`));
  }

  /** Sends a command and resolves with its result; rejects with the browser's error message, or when the connection closes first. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.closedBecause !== null) return Promise.reject(new Error(`${method}: ${this.closedBecause}.`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` with every event until the function it returns is called. */
  onEvent(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fails every command still waiting for its answer, and any sent later, with `reason`. */
  close(reason: string): void {
    if (this.closedBecause !== null) return;
    this.closedBecause = reason;
    for (const { method, reject } of this.pending.values()) reject(new Error(`${method}: ${reason}.`));
    this.pending.clear();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.buffered.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.buffered).toString('utf8');
      this.buffered = [];
      start = end + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (start < chunk.length) this.buffered.push(chunk.subarray(start));
  }

  private dispatch(message: Message): void {
    if (message.id === undefined) {
      const event: CdpEvent = { method: message.method ?? '', params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of this.listeners) listener(event);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
    else pending.resolve(message.result ?? {});
  }
}

/** A message from the browser: the answer to command `id`, or an event. */
interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
  readonly sessionId?: string;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}
