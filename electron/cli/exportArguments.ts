import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '../../shared/host/exportFileName';
import { PAGE_SIZES, type PageSize } from '../../shared/report/reportOptions';
import { MAX_PNG_SCALE, type ExportRequest } from '../services/export/exportRequest';
import { UsageError } from './usage';

/** Each output option and the format it writes: `--mermaid` writes a `.mmd` file. */
const FLAGS = { pdf: 'pdf', png: 'png', svg: 'svg', pptx: 'pptx', xlsx: 'xlsx', csv: 'csv', mermaid: 'mmd' } as const satisfies Record<string, ExportFormat>;
type Flag = keyof typeof FLAGS;
const FLAG_NAMES = Object.keys(FLAGS) as Flag[];

/** PNG pixels per CSS pixel when `--scale` is not given: sharp on a projector and in a slide. */
export const DEFAULT_PNG_SCALE = 2;

/**
 * Reads the words of `export <map> --pdf|--png|--svg|--pptx|--xlsx|--csv|--mermaid <file> [--page A4|A3] [--portrait] [--scale n]`.
 * One output per call: each format has its own options, and one file per run keeps the exit
 * status about one file. Throws UsageError with the sentence a person needs to fix the words.
 */
export function parseExportArguments(args: readonly string[], cwd: string = callersFolder()): ExportRequest {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      pdf: { type: 'string' },
      png: { type: 'string' },
      svg: { type: 'string' },
      pptx: { type: 'string' },
      xlsx: { type: 'string' },
      csv: { type: 'string' },
      mermaid: { type: 'string' },
      page: { type: 'string' },
      portrait: { type: 'boolean', default: false },
      scale: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'export needs the map file to export.' : 'export takes one map file.');
  }
  const chosen = FLAG_NAMES.filter((flag) => values[flag] !== undefined);
  if (chosen.length === 0) throw new UsageError('export needs a file to write: --pdf <file>, --png <file>, --svg <file>, --pptx <file>, --xlsx <file>, --csv <file> or --mermaid <file>.');
  if (chosen.length > 1) throw new UsageError(`export writes one file at a time: give only one of ${chosen.map((flag) => `--${flag}`).join(', ')}.`);
  const flag = chosen[0]!;
  const format = FLAGS[flag];
  const named = values[flag]!;
  if (named.trim() === '') throw new UsageError(`--${flag} needs a file name.`);

  if (format !== 'pdf' && (values.page !== undefined || values.portrait)) {
    const why = format === 'pptx' ? 'a deck is 16:9 slides' : format === 'png' || format === 'svg' ? 'a PNG or SVG is the map alone, at its own size' : 'a spreadsheet or a Mermaid diagram has no pages';
    throw new UsageError(`--page and --portrait are for --pdf: ${why}.`);
  }
  if (format !== 'png' && values.scale !== undefined) throw new UsageError('--scale is for --png.');

  const input = resolve(cwd, positionals[0]!);
  const output = resolve(cwd, named);
  if (output === input) throw new UsageError('The output would overwrite the map itself: choose another file name.');

  return {
    input,
    format,
    output,
    page: pageSize(values.page),
    orientation: values.portrait ? 'portrait' : 'landscape',
    scale: values.scale === undefined ? DEFAULT_PNG_SCALE : pngScale(values.scale),
  };
}

/**
 * The folder relative paths are meant from: `npm run` starts the script in the project's folder
 * and keeps the one the person typed in as INIT_CWD.
 */
function callersFolder(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

function pageSize(text: string | undefined): PageSize {
  if (text === undefined) return 'A4';
  const size = PAGE_SIZES.find((known) => known === text.trim().toUpperCase());
  if (!size) throw new UsageError(`Unknown page size "${text}": use ${PAGE_SIZES.join(' or ')}.`);
  return size;
}

function pngScale(text: string): number {
  // Number('') is 0 and Number(' 2 ') is 2; only a written-out number is taken.
  const scale = /^\s*[0-9.eE+-]+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(scale > 0 && scale <= MAX_PNG_SCALE)) {
    throw new UsageError(`--scale must be a number above 0 and at most ${MAX_PNG_SCALE} (got "${text}"); ${DEFAULT_PNG_SCALE} doubles the map's size.`);
  }
  return scale;
}
