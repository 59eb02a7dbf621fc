import type { Problem } from '../problem';
import { readCsv } from './csvCodec';
import { sheetsToMap, type SheetImport } from './sheetsToMap';

/** A file's name and bytes. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The title a CSV's map takes when its second file names none: the file's name without ".csv". */
const titleOf = (name: string): string => (name.split(/[\\/]/).pop() ?? name).replace(/\.csv$/i, '');

/** A steps CSV and, when given, its second file (the map, stages, personas, opportunities) made into one map. */
export function readCsvPair(steps: NamedBytes, details: NamedBytes | null): SheetImport {
  const stepsTable = readCsv(steps.bytes, steps.name);
  if (!stepsTable.ok) return stepsTable;
  const detailsTable = details ? readCsv(details.bytes, details.name) : null;
  if (detailsTable && !detailsTable.ok) return { ok: false, problems: detailsTable.problems.map((problem): Problem => ({ ...problem, message: `${details!.name}: ${problem.message}` })) };
  const made = sheetsToMap({ steps: stepsTable.table, details: detailsTable?.table ?? null }, titleOf(steps.name));
  return made.ok ? { ...made, findings: [...stepsTable.findings, ...(detailsTable?.findings ?? []), ...made.findings] } : made;
}
