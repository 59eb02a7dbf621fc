/** The command line's help text. */
export const USAGE = `Usage: npm run --silent cli -- <command> [options]

Commands:
  analyze <file> [--json]   Coverage analysis of a .journey map: coverage per journey lane,
                            the gaps before, between and after the organisation's contact
                            moments, and unanchored process steps. --json prints it as JSON.
  help                      Show this text.

Exit status: 0 done, 2 bad arguments or a file that cannot be used, 1 anything else.
`;

/** A mistake in the command line's words (not in a file): answered with a line and the usage. */
export class UsageError extends Error {}
