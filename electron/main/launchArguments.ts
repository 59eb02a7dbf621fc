import { isAbsolute, resolve } from 'node:path';
import { acceptedExtensions } from '../../shared/format/importers';
import { hasExtension } from '../../shared/format/importers/importer';

/**
 * The files of a type Outside-In opens (a `.journey` map, an exported report carrying its map…)
 * named on a command line (a double-click in the file manager, "open with", `outside-in map.journey`,
 * or a second launch handing its arguments over), as absolute paths.
 * Switches (`--inspect`, Chromium's own) and the executable and app paths are not files.
 */
export function journeyPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const extensions = acceptedExtensions();
  return argv
    .filter((argument) => !argument.startsWith('-') && hasExtension(argument, extensions))
    .map((argument) => (isAbsolute(argument) ? argument : resolve(cwd, argument)));
}
