import type { LoadResult } from '../../shared/format/problem';
import { serialise } from '../../shared/format/serialise';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { EXIT } from '../services/export/exitStatus';
import type { ExportModeArgument } from '../services/export/exportSwitch';
import { formatProblems } from '../services/formatProblems';
import { renderReport, type ReportPrinter } from '../services/report/renderReport';

// Export mode: the desktop app as the command line's printer (the switch that asks for it is read
// in electron/services/export/exportSwitch.ts). It renders the job with the report page in a
// hidden window, writes the file and quits with the command line's exit status.

/** What export mode works with, injected so it is tested without Electron. */
export interface ExportModeDeps {
  /** Reads a map from a file of any type the importers know (services/readMapFile.ts). */
  readMap(path: string): Promise<LoadResult<JourneyMap>>;
  /** Prints a job with the report page (Electron's hidden window). */
  printer: ReportPrinter;
  /** Writes a whole file or leaves the old one (atomicWrite). */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** Says one line on stderr. */
  complain(line: string): void;
}

/** Runs export mode for what the command line asked; the exit status: 0 written, 2 bad input, 1 failed. */
export async function runExportMode(argument: Exclude<ExportModeArgument, { kind: 'none' }>, { readMap, printer, write, complain }: ExportModeDeps): Promise<number> {
  if (argument.kind === 'invalid') {
    complain(argument.message);
    return EXIT.badInput;
  }
  const { request } = argument;
  const map = await readMap(request.input);
  if (!map.ok) {
    complain(formatProblems(request.input, map.problems).split('\n')[0]!);
    return EXIT.badInput;
  }
  let bytes: Uint8Array;
  try {
    // Only what needs a page printed comes here: the command line writes the deck and the data itself.
    bytes = await renderReport({ journeyText: serialise(map.value), format: request.format, options: { page: request.page, orientation: request.orientation }, scale: request.scale }, map.value, printer);
  } catch (error) {
    complain(`Could not export ${request.input}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
  try {
    await write(request.output, bytes);
  } catch (error) {
    // atomicWrite says which file and why, in plain words.
    complain(error instanceof Error ? error.message : String(error));
    return EXIT.failure;
  }
  return EXIT.ok;
}
