import { parseArgs } from 'node:util';
import { analyseCoverage } from '../../shared/analysis/coverage';
import { describeCoverage } from '../../shared/words/describeCoverage';
import { EXIT } from '../services/export/exitStatus';
import { formatProblems } from '../services/formatProblems';
import { readMapFile } from '../services/readMapFile';
import type { CliIo } from './cliIo';
import { UsageError } from './usage';

/** `analyze <file> [--json]`: the coverage analysis (docs/ARCHITECTURE.md, Coverage analysis), as JSON or as a readable summary. */
export async function analyzeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'analyze needs the map file to analyse.' : 'analyze takes one map file.');
  }
  const file = positionals[0]!;
  const loaded = await readMapFile(file);
  if (!loaded.ok) {
    io.err(formatProblems(file, loaded.problems));
    return EXIT.badInput;
  }
  const analysis = analyseCoverage(loaded.value);
  io.out(values.json ? `${JSON.stringify(analysis, null, 2)}\n` : describeCoverage(loaded.value, analysis));
  return EXIT.ok;
}
