import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { beyondLimits } from '../../shared/edit/beyondLimits';
import { MAX_BPMN_BYTES } from '../../shared/format/bpmn/bpmnText';
import { guessCustomerPool, SUBPROCESS_MODES, type SubprocessMode } from '../../shared/format/bpmn/bpmnOptions';
import { importerFor } from '../../shared/format/importers';
import { bpmnImport } from '../../shared/format/importers/bpmnImporter';
import { journeyImporter } from '../../shared/format/importers/journeyImporter';
import { MAP_LIMITS } from '../../shared/model/limits';
import { serialise } from '../../shared/format/serialise';
import { AtomicWriteError, atomicWrite, codeOf, describeFsCode } from '../services/atomicWrite';
import { EXIT } from '../services/export/exitStatus';
import { formatProblems } from '../services/formatProblems';
import type { CliIo } from './cliIo';
import { importOtherFile } from './importOtherFile';
import { UsageError } from './usage';

const quote = (name: string): string => `“${name}”`;

/**
 * `import <file> --out <map.journey> [--customer "<pool>"] [--subprocesses expand|collapse]`: a file
 * of any type Outside-In imports made into a map. A BPMN 2.0 model (README, Importing BPMN) takes
 * the options: the customer's pool is the one named, else the guess, which is said. A spreadsheet or
 * a Mermaid journey takes none (importOtherFile.ts). What was read past is printed as warnings on
 * stderr. The map is written whole or not at all.
 */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, customer: { type: 'string' }, subprocesses: { type: 'string', default: 'expand' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'import needs the file to import.' : 'import takes one file.');
  if (!values.out) throw new UsageError('import needs --out <map.journey>, the map to write.');
  if (!SUBPROCESS_MODES.includes(values.subprocesses as SubprocessMode)) throw new UsageError(`--subprocesses is expand or collapse, not "${values.subprocesses}".`);
  const [file, out] = [positionals[0]!, values.out];
  const [realOut, realFile] = await Promise.all([realpath(out).catch(() => null), realpath(file).catch(() => null)]);
  if (resolve(file) === resolve(out) || (realOut !== null && realOut === realFile)) {
    throw new UsageError('The map would overwrite the file it is imported from: choose another name for --out.');
  }

  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return refuse(io, file, describeFsCode('EISDIR'));
    if (info.size > MAP_LIMITS.fileBytes) return refuse(io, file, `The file is ${Math.round(info.size / 1024 / 1024)} MB, far larger than anything Outside-In imports.`);
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return refuse(io, file, describeFsCode(codeOf(error)));
  }
  const importer = importerFor(bytes, basename(file));
  if (importer?.id !== 'bpmn') {
    if (values.customer !== undefined || values.subprocesses !== 'expand') throw new UsageError('--customer and --subprocesses are for BPMN files.');
    if (importer === journeyImporter) throw new UsageError('This is already an Outside-In map: open it, or copy the file.');
    return importOtherFile(file, bytes, out, io);
  }
  if (bytes.length > MAX_BPMN_BYTES) return refuse(io, file, `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; Outside-In imports BPMN files of up to ${MAX_BPMN_BYTES / 1024 / 1024} MB.`);
  const prepared = await bpmnImport.prepare(bytes, basename(file));
  if (!prepared.ok) {
    io.err(formatProblems(file, prepared.problems));
    return EXIT.badInput;
  }
  const { model } = prepared;
  const named = values.customer?.trim();
  const customer = named === undefined ? guessCustomerPool(model) : model.pools.find((pool) => pool.name.trim().toLowerCase() === named.toLowerCase());
  if (named !== undefined && !customer) {
    const pools = model.pools.map((pool) => pool.name).filter(Boolean);
    return refuse(io, file, `There is no pool called ${quote(named)}. ${pools.length > 0 ? `Its pools are ${pools.map(quote).join(', ')}.` : 'Its pools have no names.'}`);
  }
  if (named === undefined && customer) io.err(`note: took ${quote(customer.name)} for the customer's pool (a guess; --customer "<pool>" names another).\n`);
  const built = bpmnImport.build(model, { customerPoolId: customer?.id ?? null, subprocesses: values.subprocesses as SubprocessMode, excludedIds: [] });
  const beyond = beyondLimits(built.map);
  if (beyond) return refuse(io, file, `The model makes a map larger than Outside-In opens. ${beyond}`);
  for (const finding of built.findings) io.err(`warning: ${finding.message}\n`);
  try {
    await atomicWrite(out, serialise(built.map));
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    io.err(`${error.message}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

function refuse(io: CliIo, file: string, message: string): number {
  io.err(formatProblems(file, [{ path: '$', message }]));
  return EXIT.badInput;
}
