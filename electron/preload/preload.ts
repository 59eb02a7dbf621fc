import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { version } from '../../package.json';
import type { HostApi } from '../../shared/host/hostApi';
import { HOST_CHANNEL_NAMES } from '../../shared/host/hostChannels';
import { HOST_MESSAGE_CHANNEL, type HostMessage } from '../../shared/host/hostMessages';

/** What the page sees of its Electron host: the version, the typed host functions, and the host's messages; never ipcRenderer itself. */
export interface OutsideInHost {
  readonly version: string;
  readonly host: HostApi;
  /** Listens to what the host asks of the page; returns a function that stops listening. */
  readonly onHostMessage: (listener: (message: HostMessage) => void) => () => void;
}

// One function per channel of the contract, each a plain invoke: the main process checks the
// sender and the arguments, so nothing the page passes is trusted here either.
const host = Object.fromEntries(HOST_CHANNEL_NAMES.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)])) as unknown as HostApi;

const onHostMessage: OutsideInHost['onHostMessage'] = (listener) => {
  // The page gets the message only, never the IPC event (which would reach ipcRenderer).
  const forward = (_event: IpcRendererEvent, message: HostMessage): void => listener(message);
  ipcRenderer.on(HOST_MESSAGE_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(HOST_MESSAGE_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld('outsideIn', { version, host, onHostMessage } satisfies OutsideInHost);
