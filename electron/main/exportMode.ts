import { z } from 'zod';
import { serialise } from '../../shared/format/serialise';
import type { LoadResult } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { EXIT } from '../cli/cliIo';
import type { ExportRequest } from '../cli/exportArguments';
import { formatProblems } from '../cli/formatProblems';
import { renderReport, type ReportPrinter } from '../services/report/renderReport';

// The desktop app as the command line's printer: `outside-in --outside-in-export=<job>` opens no
// editor window, renders the job with the report page in a hidden window, writes the file and
// quits with the command line's exit status. The job travels as base64url JSON, so no path or
// title in it can be taken for another switch by Electron or Chromium.

/** The switch that starts the app in export mode. */
export const EXPORT_SWITCH = '--outside-in-export=';

const exportRequestSchema = z
  .object({
    input: z.string().min(1),
    format: z.enum(['pdf', 'png', 'svg']),
    output: z.string().min(1),
    page: z.enum(['A4', 'A3']),
    orientation: z.enum(['landscape', 'portrait']),
    scale: z.number().positive().max(8),
  })
  .strict();

/** The switch that asks the app for one export. */
export function exportSwitch(request: ExportRequest): string {
  return `${EXPORT_SWITCH}${Buffer.from(JSON.stringify(request), 'utf8').toString('base64url')}`;
}

/** What the command line asked of the app: nothing (start the editor), an export, or words that are no export. */
export type ExportModeArgument = { readonly kind: 'none' } | { readonly kind: 'export'; readonly request: ExportRequest } | { readonly kind: 'invalid'; readonly message: string };

/** Finds the export switch among the app's arguments and reads the job in it. */
export function exportModeArgument(argv: readonly string[]): ExportModeArgument {
  const argument = argv.find((candidate) => candidate.startsWith(EXPORT_SWITCH));
  if (argument === undefined) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(argument.slice(EXPORT_SWITCH.length), 'base64url').toString('utf8'));
  } catch {
    return { kind: 'invalid', message: 'The export request is not readable (expected base64url JSON).' };
  }
  const checked = exportRequestSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { kind: 'invalid', message: `The export request is not valid at ${issue.path.join('.') || 'its top'}: ${issue.message}` };
  }
  return { kind: 'export', request: checked.data };
}

/** What export mode works with, injected so it is tested without Electron. */
export interface ExportModeDeps {
  /** Reads a map from a `.journey` file or an Outside-In PDF. */
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
  const job = { journeyText: serialise(map.value), format: request.format, options: { page: request.page, orientation: request.orientation }, scale: request.scale };
  let bytes: Uint8Array;
  try {
    bytes = await renderReport(job, map.value, printer);
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
