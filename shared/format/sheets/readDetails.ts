import { LAST_COLUMN } from '../../model/limits';
import { OPPORTUNITY_STATUSES, type Opportunity, type OpportunityStatus } from '../../model/opportunity';
import type { Persona } from '../../model/persona';
import type { Stage } from '../../model/journeyMap';
import type { Problem } from '../problem';
import { CellError, dayOf, listOf, quoted, textOf, wholeNumber } from './cellValues';
import { DETAIL_KINDS, type DetailField } from './sheetColumns';
import { cellProblem, field, textField, type ReadRowsOk, type SheetRow } from './readRows';
import type { Cell } from './sheetTable';

/** What the second sheet says: the map's own row, stages with their columns, personas and opportunities. */
export interface SheetDetails {
  readonly mapId?: string;
  readonly title?: string;
  readonly client?: string;
  readonly author?: string;
  /** Present when the sheet lists stages: they then stand as listed, rather than following the steps' Stage column. */
  readonly stages: readonly Stage[] | null;
  readonly personas: readonly Persona[];
  readonly opportunities: readonly Opportunity[];
  readonly findings: readonly Problem[];
}

type Kind = (typeof DETAIL_KINDS)[keyof typeof DETAIL_KINDS];

/** Every id the sheet gives, so ids made for the rest never take one. */
export function detailIds(rows: readonly SheetRow<DetailField>[]): string[] {
  return rows.map((row) => textField(row, 'id')?.trim() ?? '').filter((id) => id !== '');
}

const statusOf = (cell: Cell): OpportunityStatus => {
  const text = textOf(cell).trim().toLowerCase();
  const status = OPPORTUNITY_STATUSES.find((candidate) => candidate === text);
  if (!status) throw new CellError(`${quoted(cell)} is not one of ${OPPORTUNITY_STATUSES.join(', ')}.`);
  return status;
};

const colourOf = (cell: Cell): string => {
  const text = textOf(cell).trim();
  if (!/^#[0-9a-fA-F]{6}$/.test(text)) throw new CellError(`${quoted(cell)} is not a colour written #rrggbb.`);
  return text;
};

const aboutOf = (cell: Cell): 'gap' | 'step' => {
  const text = textOf(cell).trim().toLowerCase();
  if (text !== 'gap' && text !== 'step') throw new CellError(`${quoted(cell)} is neither gap nor step.`);
  return text;
};

const column = (cell: Cell): number => {
  const value = wholeNumber(cell, 1, 'columns');
  if (value - 1 > LAST_COLUMN) throw new CellError(`${quoted(cell)} is past the last column a map may have.`);
  return value - 1;
};

/** Reads the rows of the second sheet; `newId` makes the ids the sheet leaves out. */
export function readDetails(rows: ReadRowsOk<DetailField>, newId: (prefix: string) => string): { ok: true; details: SheetDetails } | { ok: false; problems: readonly Problem[] } {
  const { headers } = rows;
  const problems: Problem[] = [];
  const stages: Stage[] = [];
  const personas: Persona[] = [];
  const opportunities: Opportunity[] = [];
  const own: { mapId?: string; title?: string; client?: string; author?: string } = {};
  const kinds = Object.values(DETAIL_KINDS);
  for (const row of rows.rows) {
    const kind = field(row, 'kind', headers, problems, (cell): Kind => {
      const found = kinds.find((candidate) => candidate.toLowerCase() === textOf(cell).trim().toLowerCase());
      if (!found) throw new CellError(`${quoted(cell)} is not one of ${kinds.join(', ')}.`);
      return found;
    });
    if (kind === undefined) {
      if (row.cells.kind === undefined) problems.push(cellProblem(row.number, headers.get('kind') ?? 'Kind', `empty; say which of ${kinds.join(', ')} the row is.`));
      continue;
    }
    const id = textField(row, 'id')?.trim() || undefined;
    const name = textField(row, 'name') ?? '';
    const description = textField(row, 'description');
    if (kind === DETAIL_KINDS.map) {
      Object.assign(own, { mapId: id, title: name, client: textField(row, 'client'), author: textField(row, 'author') });
    } else if (kind === DETAIL_KINDS.stage) {
      const from = field(row, 'fromColumn', headers, problems, column);
      const to = field(row, 'toColumn', headers, problems, column);
      if (from === undefined || to === undefined) {
        if (row.cells.fromColumn === undefined || row.cells.toColumn === undefined) problems.push({ path: '$', message: `Row ${row.number}: a stage needs its "From column" and "To column".` });
        continue;
      }
      if (to < from) problems.push(cellProblem(row.number, headers.get('toColumn')!, `the stage ends (column ${to + 1}) before it starts (column ${from + 1}).`));
      else stages.push({ id: id ?? newId('stage'), title: name, fromColumn: from, toColumn: to });
    } else if (kind === DETAIL_KINDS.persona) {
      const goals = row.cells.goals === undefined ? undefined : listOf(row.cells.goals);
      const frustrations = row.cells.frustrations === undefined ? undefined : listOf(row.cells.frustrations);
      const colour = field(row, 'colour', headers, problems, colourOf);
      personas.push({ id: id ?? newId('persona'), name, ...defined({ description, goals, frustrations, colour }) });
    } else {
      const status = field(row, 'status', headers, problems, statusOf) ?? 'idea';
      const about = field(row, 'about', headers, problems, aboutOf);
      const stepId = textField(row, 'stepId')?.trim() || undefined;
      const due = field(row, 'due', headers, problems, dayOf);
      const target = stepId === undefined ? undefined : { kind: about ?? 'step', stepId };
      opportunities.push({ id: id ?? newId('opportunity'), title: name, status, ...defined({ target, description, owner: textField(row, 'owner'), due }) });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, details: { ...defined(own), stages: stages.length > 0 ? stages : null, personas, opportunities, findings: rows.findings } };
}

/** The object without its undefined fields, so an absent value stays absent in the map. */
export function defined<T extends object>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
