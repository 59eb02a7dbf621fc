import type { Problem } from '../../shared/format/problem';

/** How many problems the command line lists before it says how many more there are. */
const SHOWN = 5;

const at = (problem: Problem): string => (problem.path === '$' ? '' : ` at ${problem.path}`);

/**
 * One message for a file that could not be used: the first problem on the headline, the next few
 * indented beneath it, and a count of the rest.
 */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  const [first, ...rest] = problems;
  const lines = [`Cannot read ${file}${first ? `${at(first)}: ${first.message}` : ': unknown problem.'}`];
  for (const problem of rest.slice(0, SHOWN - 1)) lines.push(`  also${at(problem)}: ${problem.message}`);
  if (rest.length > SHOWN - 1) lines.push(`  … and ${rest.length - (SHOWN - 1)} more.`);
  return `${lines.join('\n')}\n`;
}
