import { contextBridge, ipcRenderer } from 'electron';
import { version } from '../../package.json';
import type { HostApi } from '../../shared/host/hostApi';
import { HOST_CHANNEL_NAMES } from '../../shared/host/hostChannels';

/** What the page sees of its Electron host: the version and the typed host functions, never ipcRenderer itself. */
export interface OutsideInHost {
  readonly version: string;
  readonly host: HostApi;
}

// One function per channel of the contract, each a plain invoke: the main process checks the
// sender and the arguments, so nothing the page passes is trusted here either.
const host = Object.fromEntries(HOST_CHANNEL_NAMES.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)])) as unknown as HostApi;

contextBridge.exposeInMainWorld('outsideIn', { version, host } satisfies OutsideInHost);
