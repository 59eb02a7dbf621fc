import { analyzeCommand } from './analyzeCommand';
import { EXIT } from '../services/export/exitStatus';
import type { CliIo } from './cliIo';
import { diffCommand } from './diffCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { USAGE, UsageError } from './usage';

const HINT = 'Run `npm run --silent cli -- help` to see the commands.\n';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  analyze: analyzeCommand,
  diff: diffCommand,
  export: (args, io) => exportCommand(args, io),
  import: importCommand,
};

/**
 * Runs one command line and returns its exit status. Never throws: a person at a terminal gets a
 * sentence, not a stack trace (set OUTSIDE_IN_DEBUG=1 to see one for an unexpected failure).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(USAGE);
    return EXIT.badInput;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n${HINT}`);
    return EXIT.badInput;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${firstSentence((error as Error).message)}\n${HINT}`);
      return EXIT.badInput;
    }
    io.err(`Outside-In failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.OUTSIDE_IN_DEBUG) io.err(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}

/** Node's parseArgs explains at length how to pass a dash as a value; the first sentence is the point. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end < 0 ? message : message.slice(0, end + 1);
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
