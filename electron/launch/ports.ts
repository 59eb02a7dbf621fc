import { createServer } from 'node:net';

/** The address the browser edition listens on: this machine only, never the network. */
export const LOOPBACK = '127.0.0.1';

/** Whether nothing listens on the port yet, found by trying to listen on it. */
export function isPortFree(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen({ port, host, exclusive: true });
  });
}

/** The first free port from `first` on, trying `attempts` ports; null when all are taken. */
export async function findFreePort(first: number, attempts = 50, host: string = LOOPBACK): Promise<number | null> {
  for (let port = first; port < first + attempts && port <= 65_535; port++) {
    if (await isPortFree(port, host)) return port;
  }
  return null;
}
