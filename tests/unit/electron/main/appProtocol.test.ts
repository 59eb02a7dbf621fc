import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, createAppProtocolHandler, resolveAppRequest } from '../../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/contentSecurityPolicy';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'outside-in-app-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Outside-In</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.js'), 'not for the page');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', 'secret.js'), { force: true });
});

describe('resolveAppRequest', () => {
  it('serves the built files of the renderer, index.html for the root', () => {
    expect(resolveAppRequest(`${APP_ORIGIN}/`, root)).toEqual({ path: join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest(`${APP_ORIGIN}/assets/index.js`, root)?.path).toBe(join(root, 'assets', 'index.js'));
  });

  it.each([
    // The URL parser already folds a plain /../; encoded separators survive it and reach the path check.
    ['an encoded separator climb', `${APP_ORIGIN}/..%2fsecret.js`],
    ['a deeper encoded climb', `${APP_ORIGIN}/assets%2f..%2f..%2fsecret.js`],
    ['an encoded backslash climb', `${APP_ORIGIN}/..%5csecret.js`],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a file type the app does not serve', `${APP_ORIGIN}/notes.txt`],
    ['a broken escape', `${APP_ORIGIN}/%E0%A4%A.html`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.js`],
    ['no address at all', 'not a url'],
  ])('refuses %s', (_, address) => {
    expect(resolveAppRequest(address, root)).toBeNull();
  });
});

describe('the app:// handler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('answers with the file, its type and the Content-Security-Policy', async () => {
    const response = await handler()(new Request(`${APP_ORIGIN}/index.html`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Outside-In</title>');
  });

  it('answers 404 for what it does not serve, and for a missing file', async () => {
    expect((await handler()(new Request(`${APP_ORIGIN}/..%2fsecret.js`))).status).toBe(404);
    expect((await handler()(new Request(`${APP_ORIGIN}/assets/missing.js`))).status).toBe(404);
  });
});
