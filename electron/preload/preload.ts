import { contextBridge } from 'electron';
import { version } from '../../package.json';

/** What the page sees of its Electron host. Grows into the typed host API; never a raw ipcRenderer. */
export interface OutsideInHost {
  readonly version: string;
}

const host: OutsideInHost = { version };

contextBridge.exposeInMainWorld('outsideIn', host);
