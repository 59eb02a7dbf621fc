import { preview } from 'vite';
import { CONFIG_LOADER, RENDERER_CONFIG, RENDERER_OUT_DIR } from './builds';
import { isPortFree, LOOPBACK } from './ports';

/** A running server of the browser edition. */
export interface BrowserEditionServer {
  /** The address to open, such as `http://127.0.0.1:5174/`. */
  readonly url: string;
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
  const server = await preview({
    configFile: RENDERER_CONFIG,
    configLoader: CONFIG_LOADER,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: LOOPBACK, port, strictPort: true, open: false },
  });
  return { url: `http://${LOOPBACK}:${port}/`, close: () => server.close() };
}
