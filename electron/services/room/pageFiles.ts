import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { PARTICIPANT_POLICY } from '../../../shared/security/contentSecurityPolicy';

/** Where the participant's page is: a built folder (dist/renderer), the page in it, its assets below. */
export interface PageFiles {
  readonly root: string;
  /** The page's file name in `root`, served at `/`. */
  readonly page: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the participant's page at `/` and its built assets under `/assets/`: nothing else of the
 * folder, and no path that climbs out of it.
 */
export function servePageFile(files: PageFiles, path: string, request: IncomingMessage, response: ServerResponse): void {
  const relative = path === '/' ? files.page : path.startsWith('/assets/') ? normalize(path.slice(1)) : null;
  if (relative === null || relative.startsWith('..') || relative.includes(`..${sep}`) || !TYPES[extname(relative)]) {
    notFound(response);
    return;
  }
  readFile(join(files.root, relative)).then(
    (body) => {
      response.writeHead(200, {
        'Content-Type': TYPES[extname(relative)]!,
        'Content-Length': body.length,
        'Content-Security-Policy': PARTICIPANT_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': relative === files.page ? 'no-store' : 'max-age=3600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    },
    () => notFound(response),
  );
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end('Not found');
}
