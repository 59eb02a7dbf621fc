import type { Problem } from '../problem';
import { shortened } from '../../words/shortened';

// bpmn-moddle reads past what it cannot use and says so in warnings. They are not noise: a
// duplicate id makes it drop an element (and with it, often, a whole process), and a reference to
// nothing leaves a flow without an end. Each is told in plain words, once per kind of content.

/** What the warnings of a read mean for the import: problems that refuse the file, findings that go with the map. */
export interface WarningVerdict {
  readonly problems: readonly Problem[];
  readonly findings: readonly Problem[];
}

const DUPLICATE_ID = /duplicate ID <([^>]*)>/;
const UNRESOLVED = /unresolved reference <([^>]*)>/;
const UNPARSABLE = /^unparsable content <([^>\s]*)>[^]*?line:\s*(\d+)/;

/** Sorts bpmn-moddle's warnings into problems (a duplicate id) and findings (anything else read past). */
export function judgeWarnings(warnings: readonly { readonly message: string }[]): WarningVerdict {
  const problems: Problem[] = [];
  const findings: Problem[] = [];
  const unknownContent = new Map<string, { count: number; line: number }>();
  const unresolvedIds = new Map<string, number>();
  for (const { message } of warnings) {
    const duplicate = DUPLICATE_ID.exec(message);
    if (duplicate) {
      const id = shortened(duplicate[1]!, 60);
      problems.push({ path: '$', message: `The id “${id}” is used by two elements of the file. A BPMN reader keeps only one of them and may drop a whole process with the other, so the file is not imported: give each element its own id in the modelling tool and export it again.` });
      continue;
    }
    const unresolved = UNRESOLVED.exec(message);
    if (unresolved) {
      unresolvedIds.set(unresolved[1]!, (unresolvedIds.get(unresolved[1]!) ?? 0) + 1);
      continue;
    }
    const unparsable = UNPARSABLE.exec(message);
    const element = unparsable ? unparsable[1]! : '';
    const seen = unknownContent.get(element);
    if (seen) seen.count++;
    else unknownContent.set(element, { count: 1, line: unparsable ? Number(unparsable[2]) + 1 : 0 });
  }
  if (unresolvedIds.size > 3) {
    // Many names, one line: a long export can point at dozens of elements it left out.
    const total = [...unresolvedIds.values()].reduce((sum, count) => sum + count, 0);
    const named = [...unresolvedIds.keys()].slice(0, 3).map((id) => `“${shortened(id, 40)}”`).join(', ');
    findings.push({ path: '$', message: `${total} references to ${unresolvedIds.size} elements the file does not define (${named} and ${unresolvedIds.size - 3} more) were left out (flows, lane entries or links that point nowhere).` });
  } else {
    for (const [id, count] of unresolvedIds) {
      const times = count === 1 ? 'A reference' : `${count} references`;
      findings.push({ path: '$', message: `${times} to “${shortened(id, 60)}”, which the file does not define, ${count === 1 ? 'was' : 'were'} left out (a flow, lane entry or link that points nowhere).` });
    }
  }
  for (const [element, { count, line }] of unknownContent) {
    const what = element ? `<${shortened(element, 40)}>` : 'content';
    const where = line > 0 ? ` (first at line ${line})` : '';
    findings.push({ path: '$', message: `The file holds ${count === 1 ? 'an element' : `${count} elements`} ${what} that BPMN 2.0 does not define${where}; ${count === 1 ? 'it was' : 'they were'} read past.` });
  }
  return { problems, findings };
}
