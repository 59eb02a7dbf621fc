import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { serialise } from '../../shared/format/serialise';
import { isDataExport } from '../../shared/host/exportFileName';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { isoDay } from '../../shared/report/isoDay';
import { AtomicWriteError, atomicWrite, codeOf, describeFsCode } from '../services/atomicWrite';
import { EXIT } from '../services/export/exitStatus';
import type { ExportRequest, ReportExportRequest } from '../services/export/exportRequest';
import { writeDataExport } from '../services/export/writeDataExport';
import { formatProblems } from '../services/formatProblems';
import { readMapFile } from '../services/readMapFile';
import type { CliIo } from './cliIo';
import { parseExportArguments } from './exportArguments';
import { findExportRoute, type FindExportRoute } from './exportRoute';
import { UsageError } from './usage';

/**
 * `export <map> --pdf|--png|--svg|--pptx|--xlsx|--csv|--mermaid <file> …`: the report of a map (any
 * file Outside-In opens) as a PDF, the map alone as a PNG or SVG, the PowerPoint deck, or its data
 * as an Excel workbook, a CSV (with its second file beside it) or a Mermaid journey; the deck and
 * the data need no browser. Everything that can be wrong with the words,
 * the map or the output path is said before a browser starts; the file is written whole or not at
 * all. Silent on success, like `analyze` on stderr: the file is the answer.
 */
export async function exportCommand(args: readonly string[], io: CliIo, findRoute: FindExportRoute = findExportRoute()): Promise<number> {
  const request = parseExportArguments(args);
  const loaded = await readMapFile(request.input);
  if (!loaded.ok) {
    io.err(formatProblems(request.input, loaded.problems));
    return EXIT.badInput;
  }
  await refuseOverwritingTheMap(request);
  const unwritable = await whyUnwritable(request.output);
  if (unwritable) {
    io.err(`Cannot write ${request.output}: ${unwritable}\n`);
    return EXIT.badInput;
  }

  // The deck is laid out and written here, in Node: no browser is needed.
  if (request.format === 'pptx') return writeDeckFile(request, loaded.value, io);
  if (isDataExport(request.format)) return exportData(loaded.value, request.format, request.output, io);
  const report: ReportExportRequest = { ...request, format: request.format };

  const route = await findRoute(io);
  if (route.kind === 'none') {
    io.err(`${route.message}\n`);
    return EXIT.failure;
  }
  if (route.kind === 'desktop') return route.run(report, io);

  const { renderReport } = await import('../services/report/renderReport');
  const job = {
    format: report.format,
    // The map as the app saves it, as the desktop app's export embeds it: the same map whatever
    // file it came from, a .journey or the PDF of an earlier export.
    journeyText: serialise(loaded.value),
    options: { page: request.page, orientation: request.orientation },
    scale: request.scale,
  };
  let bytes: Uint8Array;
  try {
    bytes = await renderReport(job, loaded.value, route.printer);
  } catch (error) {
    io.err(`Could not export ${request.output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
  try {
    await atomicWrite(request.output, bytes);
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** Writes the PowerPoint deck of the map, whole or not at all, dated today. */
async function writeDeckFile(request: ExportRequest, map: JourneyMap, io: CliIo): Promise<number> {
  const { deckBytes } = await import('../services/export/deckBytes');
  try {
    await atomicWrite(request.output, await deckBytes(map, isoDay(new Date())));
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** Writes the map's data for other tools, each file whole or not at all. */
async function exportData(map: Parameters<typeof writeDataExport>[0], format: Parameters<typeof writeDataExport>[1], output: string, io: CliIo): Promise<number> {
  try {
    await writeDataExport(map, format, output, atomicWrite);
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** Catches, through symbolic links, what the plain path comparison of the arguments cannot. */
async function refuseOverwritingTheMap(request: ExportRequest): Promise<void> {
  const real = (path: string): Promise<string | null> => realpath(path).catch(() => null);
  const [input, output] = await Promise.all([real(request.input), real(request.output)]);
  if (output !== null && output === input) throw new UsageError('The output would overwrite the map itself: choose another file name.');
}

/** Why a file cannot be written at `path` (a folder there, no such folder, no permission), or null. */
async function whyUnwritable(path: string): Promise<string | null> {
  try {
    if ((await stat(path)).isDirectory()) return describeFsCode('EISDIR');
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') return describeFsCode(codeOf(error));
  }
  const folder = dirname(path);
  try {
    if (!(await stat(folder)).isDirectory()) return describeFsCode('ENOTDIR');
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? `There is no folder ${folder}.` : describeFsCode(codeOf(error), 'folder');
  }
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    return describeFsCode(codeOf(error), 'folder');
  }
  return null;
}
