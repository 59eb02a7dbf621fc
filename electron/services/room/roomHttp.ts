import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers with JSON, never cached, never sniffed as anything else. */
export function roomResponse(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/** A JSON object read from a request's body of at most `limit` bytes, or why it could not be read. */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, message: 'That request is too long.' };
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ok: true, value: value as Record<string, unknown> } : { ok: false, message: 'That request is not what the room expects.' };
  } catch {
    return { ok: false, message: 'That request is not what the room expects.' };
  }
}
