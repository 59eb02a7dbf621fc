import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort, isPortFree, LOOPBACK } from '../../../../electron/launch/ports';

const servers: Server[] = [];

/** Occupies a port chosen by the system and returns it. */
function occupyPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, LOOPBACK, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
    servers.push(server);
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('ports', () => {
  it('tells a taken port from a free one', async () => {
    const taken = await occupyPort();
    expect(await isPortFree(taken)).toBe(false);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await isPortFree(taken)).toBe(true);
  });

  it('finds the next free port after a taken one', async () => {
    const taken = await occupyPort();
    const found = await findFreePort(taken, 20);
    expect(found).not.toBeNull();
    expect(found).toBeGreaterThan(taken);
  });
});
