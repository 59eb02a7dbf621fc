import { preview } from 'vite';
import { CONFIG_LOADER, RENDERER_CONFIG, RENDERER_OUT_DIR } from './builds';
import { isPortFree, LOOPBACK } from './ports';
import { createRoomHandlers, type RoomHandlers } from '../services/room/roomHandlers';
import { roomMiddleware } from './roomMiddleware';

/** A running server of the browser edition. */
export interface BrowserEditionServer {
  /** The address to open, such as `http://127.0.0.1:5174/`. */
  readonly url: string;
  /** The workshop room's side of the server: a room opened by the page, or at the start (`--room`). */
  readonly room: RoomHandlers;
  close(): Promise<void>;
}

/** Thrown when the port asked for is taken: the launchers turn it into a plain sentence. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on ${LOOPBACK} is already in use.`);
    this.name = 'PortInUseError';
  }
}

/** What to serve and where. */
export interface ServeOptions {
  readonly port: number;
  /** The built renderer to serve; dist/renderer unless a test serves a folder of its own. */
  readonly outDir?: string;
}

/**
 * Serves a built renderer on the loopback address with Vite's preview server, which sends the
 * app's Content-Security-Policy header (vite.config.ts). Takes exactly the given port or throws
 * PortInUseError: a test or a bookmark that expects a port must not silently get another one.
 */
export async function serveBrowserEdition({ port, outDir = RENDERER_OUT_DIR }: ServeOptions): Promise<BrowserEditionServer> {
  if (!(await isPortFree(port))) throw new PortInUseError(port);
  const url = `http://${LOOPBACK}:${port}/`;
  // The browser edition opens rooms on this computer only: it is for trying a room out and for
  // the tests; a room for a meeting room's network is the desktop app's.
  const room = createRoomHandlers({
    page: async () => ({ root: outDir, page: 'participant.html' }),
    send: (event) => endpoints.send(event),
    addresses: () => [{ address: LOOPBACK, kind: 'loopback', label: 'This computer only' }],
  });
  const endpoints = roomMiddleware(room, () => url.replace(/\/$/, ''));
  const server = await preview({
    configFile: RENDERER_CONFIG,
    configLoader: CONFIG_LOADER,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: LOOPBACK, port, strictPort: true, open: false },
    plugins: [{ name: 'outside-in-room', configurePreviewServer: (preview) => void preview.middlewares.use(endpoints.handle) }],
  });
  return {
    url,
    room,
    close: async () => {
      await room.shutdown();
      endpoints.end();
      await server.close();
    },
  };
}
