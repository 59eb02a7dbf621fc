/** What `npm run web` was asked to do. */
export interface WebArguments {
  readonly port: number;
  /** Open a workshop room on this computer at the start, and print its address and code. */
  readonly room: boolean;
}

/** The parsed arguments, or the one sentence that says what is wrong with them. */
export type WebArgumentsResult = { readonly ok: true; readonly value: WebArguments } | { readonly ok: false; readonly message: string };

/** The port the browser edition is served on unless `--port` says otherwise. */
export const DEFAULT_WEB_PORT = 5174;

const USAGE = 'usage: npm run web -- [--port <1-65535>] [--room]';

/** Reads `--port <n>` or `--port=<n>`; anything else is refused with a message naming it. */
export function parseWebArguments(argv: readonly string[]): WebArgumentsResult {
  let port = DEFAULT_WEB_PORT;
  let room = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (argument === '--room') {
      room = true;
      continue;
    }
    const [flag, inline] = argument.startsWith('--port=') ? ['--port', argument.slice('--port='.length)] : [argument, undefined];
    if (flag !== '--port') {
      return { ok: false, message: `Unknown argument "${argument}"; ${USAGE}` };
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `--port needs a port number; ${USAGE}` };
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65_535) {
      return { ok: false, message: `--port must be a whole number from 1 to 65535, not "${value}".` };
    }
    port = Number(value);
  }
  return { ok: true, value: { port, room } };
}
