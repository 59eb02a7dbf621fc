import { z } from 'zod';
import { MAX_PNG_SCALE, type ReportExportRequest } from './exportRequest';

// The desktop app as the command line's printer: `outside-in --outside-in-export=<job>` opens no
// editor window, renders the job with the report page in a hidden window, writes the file and
// quits with the command line's exit status. The job travels as base64url JSON, so no path or
// title in it can be taken for another switch by Electron or Chromium. The command line writes
// the switch, the main process reads it: both sides meet here.

/** The switch that starts the app in export mode. */
export const EXPORT_SWITCH = '--outside-in-export=';

const exportRequestSchema = z
  .object({
    input: z.string().min(1),
    format: z.enum(['pdf', 'png', 'svg']),
    output: z.string().min(1),
    page: z.enum(['A4', 'A3']),
    orientation: z.enum(['landscape', 'portrait']),
    scale: z.number().positive().max(MAX_PNG_SCALE),
  })
  .strict();

/** The switch that asks the app for one export. */
export function exportSwitch(request: ReportExportRequest): string {
  return `${EXPORT_SWITCH}${Buffer.from(JSON.stringify(request), 'utf8').toString('base64url')}`;
}

/** What the command line asked of the app: nothing (start the editor), an export, or words that are no export. */
export type ExportModeArgument = { readonly kind: 'none' } | { readonly kind: 'export'; readonly request: ReportExportRequest } | { readonly kind: 'invalid'; readonly message: string };

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
