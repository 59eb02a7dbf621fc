import { isAbsolute, resolve } from 'node:path';

/**
 * The `.journey` files and PDFs (an exported report carries its map) named on a command line (a
 * double-click in the file manager, "open with", `outside-in map.journey`, or a second launch
 * handing its arguments over), as absolute paths.
 * Switches (`--inspect`, Chromium's own) and the executable and app paths are not files.
 */
export function journeyPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((argument) => !argument.startsWith('-') && /\.(journey|pdf)$/i.test(argument))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(cwd, argument)));
}
