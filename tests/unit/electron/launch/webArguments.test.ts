import { describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, parseWebArguments } from '../../../../electron/launch/webArguments';

describe('parseWebArguments', () => {
  it('serves on the default port without arguments', () => {
    expect(parseWebArguments([])).toEqual({ ok: true, value: { port: DEFAULT_WEB_PORT, room: false } });
  });

  it('reads --port <n> and --port=<n>', () => {
    expect(parseWebArguments(['--port', '5199'])).toEqual({ ok: true, value: { port: 5199, room: false } });
    expect(parseWebArguments(['--port=8080'])).toEqual({ ok: true, value: { port: 8080, room: false } });
  });

  it('reads --room, before or after the port', () => {
    expect(parseWebArguments(['--room', '--port', '5199'])).toEqual({ ok: true, value: { port: 5199, room: true } });
    expect(parseWebArguments(['--port=5199', '--room'])).toEqual({ ok: true, value: { port: 5199, room: true } });
  });

  it.each([['abc'], ['70000'], ['0'], ['-1'], ['51.5'], ['']])('refuses --port %j with a sentence that names the value', (value) => {
    const result = parseWebArguments(['--port', value]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/--port/);
  });

  it('refuses a missing port and unknown arguments', () => {
    expect(parseWebArguments(['--port'])).toMatchObject({ ok: false, message: expect.stringContaining('--port needs a port number') });
    expect(parseWebArguments(['--host', '0.0.0.0'])).toMatchObject({ ok: false, message: expect.stringContaining('Unknown argument "--host"') });
    expect(parseWebArguments(['5174'])).toMatchObject({ ok: false, message: expect.stringContaining('Unknown argument "5174"') });
  });
});
