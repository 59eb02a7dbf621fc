import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFreePort, LOOPBACK } from '../../../../electron/launch/ports';
import { PortInUseError, serveBrowserEdition, type BrowserEditionServer } from '../../../../electron/launch/serveBrowserEdition';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/contentSecurityPolicy';

let outDir: string;
let server: BrowserEditionServer | null = null;
let blocker: Server | null = null;

beforeEach(() => {
  // A stand-in for a built renderer, so this test does not depend on (or wait for) a build.
  outDir = mkdtempSync(join(tmpdir(), 'outside-in-serve-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Outside-In</title>');
});

afterEach(async () => {
  await server?.close();
  server = null;
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = null;
  rmSync(outDir, { recursive: true, force: true });
});

const freePort = async (): Promise<number> => (await findFreePort(5300 + Math.floor(Math.random() * 2000)))!;

describe('serveBrowserEdition', () => {
  it('serves the built renderer on 127.0.0.1 with the Content-Security-Policy header', async () => {
    const port = await freePort();
    server = await serveBrowserEdition({ port, outDir });
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Outside-In</title>');
  });

  it('refuses a taken port instead of moving to another one', async () => {
    const port = await freePort();
    blocker = await new Promise<Server>((resolve) => {
      const occupied = createServer().listen(port, LOOPBACK, () => resolve(occupied));
    });
    await expect(serveBrowserEdition({ port, outDir })).rejects.toBeInstanceOf(PortInUseError);
  });
});
