import { HOST_CHANNELS, type HostApi, type HostChannel } from '../../shared/host/hostApi';
import { fail, type HostResult } from '../../shared/host/hostResult';
import type { IpcEventLike } from './senderPolicy';

/** The part of Electron's ipcMain this wrapper uses; the only place the app registers IPC handlers. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** One handler per channel, written against the typed contract. */
export type HostHandlers = { readonly [C in HostChannel]: HostApi[C] };

/** Says what went wrong inside a handler without a stack trace crossing to the page. */
export type FailureReporter = (channel: HostChannel, error: unknown) => void;

/**
 * Registers every host channel through one gate: the sender must pass `trusts`, the arguments
 * must match the channel's schema, and whatever the handler does, the page gets a HostResult —
 * `forbidden`, `bad-arguments`, or `failed` with a plain message when the handler threw.
 */
export function registerHostHandlers(ipc: IpcMainLike, handlers: HostHandlers, trusts: (event: IpcEventLike) => boolean, report: FailureReporter = () => {}): void {
  for (const channel of Object.keys(HOST_CHANNELS) as HostChannel[]) {
    const schema = HOST_CHANNELS[channel];
    const handler = handlers[channel] as (...args: unknown[]) => Promise<HostResult<unknown>>;
    ipc.handle(channel, async (event, ...args) => {
      if (!trusts(event)) return fail('forbidden', 'This request did not come from an Outside-In window.');
      const checked = schema.safeParse(args);
      if (!checked.success) return fail('bad-arguments', `The request "${channel}" had arguments of the wrong shape.`);
      try {
        return await handler(...(checked.data as unknown[]));
      } catch (error) {
        report(channel, error);
        return fail('failed', error instanceof Error ? error.message : 'Something went wrong.');
      }
    });
  }
}
