import type { HostMessage } from '../../shared/host/hostMessages';
import type { HostApi } from '../../shared/host/hostApi';
import { createBrowserHost } from './browserHost';
import { download, downloadGateway } from './downloadGateway';
import { downloadExportGateway, fsaExportGateway } from './exportGateway';
import { fsaGateway, hasFileSystemAccess } from './fsaGateway';
import { documentFullScreen } from './fullScreenGateway';
import { importInWorker } from './importInWorker';
import { indexedDbStorage } from './indexedDb';
import { browserRoomGateway } from './roomEvents';

declare global {
  interface Window {
    /** The Electron host, exposed by the preload; absent in the browser edition. */
    outsideIn?: { readonly version: string; readonly host: HostApi; readonly onHostMessage: (listener: (message: HostMessage) => void) => () => void };
  }
}

/** Which way the browser edition reaches files: in place, or by upload and download. */
export type BrowserFileAccess = 'file-system-access' | 'download';

/**
 * How the browser edition reaches files here. `?host=download` in the address forces upload and
 * download even where File System Access exists: its pickers cannot be driven by the end-to-end
 * tests, and a user can choose it too.
 */
export function browserFileAccess(location: Pick<Location, 'search'> = window.location, scope: object = window): BrowserFileAccess {
  const forced = new URLSearchParams(location.search).get('host') === 'download';
  return !forced && hasFileSystemAccess(scope) ? 'file-system-access' : 'download';
}

let browserHost: HostApi | null = null;

/** The page's host: the desktop edition's when the preload put one there, else the browser edition's. */
export function getHost(): HostApi {
  const desktop = window.outsideIn?.host;
  if (desktop) return desktop;
  browserHost ??=
    browserFileAccess() === 'file-system-access'
      ? createBrowserHost({ storage: indexedDbStorage(), files: fsaGateway(), exports: fsaExportGateway(), download, screen: documentFullScreen(), importFile: importInWorker, room: browserRoomGateway().host })
      : createBrowserHost({ storage: indexedDbStorage(), files: downloadGateway(), exports: downloadExportGateway(), download, screen: documentFullScreen(), importFile: importInWorker, room: browserRoomGateway().host });
  return browserHost;
}

/** Whether the page runs in the desktop app, whose host saves PDFs itself (with the map inside). */
export const isDesktopHost = (): boolean => window.outsideIn?.host !== undefined;
