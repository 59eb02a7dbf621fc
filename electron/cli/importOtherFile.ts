import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFile } from '../../shared/format/importers';
import { csvDetailsName } from '../../shared/format/exports/dataExport';
import { readCsvPair } from '../../shared/format/sheets/readCsvPair';
import type { LoadResult } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { serialise } from '../../shared/format/serialise';
import { AtomicWriteError, atomicWrite, codeOf, describeFsCode } from '../services/atomicWrite';
import { EXIT } from '../services/export/exitStatus';
import { formatProblems } from '../services/formatProblems';
import type { CliIo } from './cliIo';

/** The second CSV beside a steps CSV ("claim.details.csv"), when there is one; one that cannot be read is said and left. */
async function detailsBeside(file: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(csvDetailsName(file)));
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') io.err(`warning: ${csvDetailsName(file)} was left out: ${describeFsCode(codeOf(error))}\n`);
    return null;
  }
}

/**
 * `import` of a file without options (an Excel workbook, a CSV, a Mermaid journey, an Outside-In
 * PDF): read by its importer; a CSV with its second file when one lies beside it. Findings are
 * warnings on stderr; the map is written whole or not at all.
 */
export async function importOtherFile(file: string, bytes: Uint8Array, out: string, io: CliIo): Promise<number> {
  const name = basename(file);
  let result: LoadResult<JourneyMap> & { findings?: readonly { message: string }[] };
  const details = name.toLowerCase().endsWith('.csv') ? await detailsBeside(file, io) : null;
  if (details) {
    const read = await readCsvPair({ bytes, name }, { bytes: details, name: basename(csvDetailsName(file)) });
    result = read.ok ? { ok: true, value: read.map, findings: read.findings } : read;
  } else {
    const read = await importFile(bytes, name);
    result = read.ok ? { ok: true, value: read.map, findings: read.findings } : read;
  }
  if (!result.ok) {
    io.err(formatProblems(file, result.problems));
    return EXIT.badInput;
  }
  for (const finding of result.findings ?? []) io.err(`warning: ${finding.message}\n`);
  try {
    await atomicWrite(out, serialise(result.value));
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}
