import { parseArgs } from 'node:util';
import { diffJson, diffMaps } from '../../shared/compare/diffMaps';
import { describeDiff } from '../../shared/words/describeDiff';
import { EXIT } from '../services/export/exitStatus';
import { formatProblems } from '../services/formatProblems';
import { readCompareSide } from '../services/readCompareSide';
import type { CliIo } from './cliIo';
import { UsageError } from './usage';

/**
 * `diff <before> <after> [--json]`: what changed from one map to another (issue 18), as JSON or as
 * a readable summary. Exit 0 whether or not they differ; 2 with one message for a side that cannot be read.
 */
export async function diffCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 2) throw new UsageError(positionals.length < 2 ? 'diff needs two maps: the one before and the one after.' : 'diff takes two maps.');
  const sides = [];
  for (const argument of positionals) {
    const side = await readCompareSide(argument);
    if (!side.ok) {
      io.err(formatProblems(argument, side.problems));
      return EXIT.badInput;
    }
    sides.push(side.value);
  }
  const [before, after] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const diff = diffMaps(before.map, after.map);
  io.out(values.json ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : describeDiff(before.map, after.map, diff, before.name, after.name));
  return EXIT.ok;
}
