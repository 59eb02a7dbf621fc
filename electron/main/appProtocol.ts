import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';

/** The scheme the app's pages are served from, instead of file:// with its wide privileges. */
export const APP_SCHEME = 'app';
/** The origin of every page of ours; the IPC sender check accepts this one only. */
export const APP_ORIGIN = `${APP_SCHEME}://outside-in`;
/** The page a window opens. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.journey': 'application/json',
};

/**
 * The file under `root` an app:// address names, or null when it names nothing we serve: another
 * host, a path that climbs out of the root (also when encoded), or a file type we do not serve.
 */
export function resolveAppRequest(address: string, root: string): { path: string; mimeType: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  // No file of ours has a NUL or a backslash in its name; on Windows a backslash is a separator.
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root).replace(/[\\/]?$/, sep))) return null;
  const mimeType = MIME_TYPES[extname(path).toLowerCase()];
  return mimeType ? { path, mimeType } : null;
}

/**
 * The app:// handler: the built renderer's files with the app's Content-Security-Policy, 404 for
 * anything else. Registered with `protocol.handle` in the main process.
 */
export function createAppProtocolHandler(root: string, read: (path: string) => Promise<Uint8Array> = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const found = resolveAppRequest(request.url, root);
    if (!found) return new Response('Not found', { status: 404 });
    try {
      const body = await read(found.path);
      return new Response(body, {
        status: 200,
        headers: { 'Content-Type': found.mimeType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
