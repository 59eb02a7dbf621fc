import type { LaneKind } from '../../model/journeyMap';
import type { Problem } from '../problem';
import { CellError, numberBetween, quoted, textOf } from './cellValues';
import { headerKey, type SheetColumn, type StepField } from './sheetColumns';
import { MAX_PROBLEMS, cellProblem, field, readRows, textField, type ReadRowsOk, type SheetRow } from './readRows';
import type { Cell, SheetTable } from './sheetTable';

// Blueprint Signal's simple process list (github.com/UlrikErlingsen/service-blueprinting,
// docs/data-guide.md): one row per service item with Stage, Service layer, What happens, Responsible
// person or team, Time in minutes, Evidence status and Evidence note. Recognised by its Service
// layer column; each layer becomes a lane, and within a stage each lane's items take consecutive
// columns from the stage's first, so the customer's first action and the staff's first answer
// share a column and the coverage reads as the blueprint does.

type BlueprintField = 'stage' | 'layer' | 'what' | 'owner' | 'minutes' | 'evidence' | 'note';

const COLUMNS: readonly SheetColumn<BlueprintField>[] = [
  { field: 'stage', header: 'Stage', aliases: ['phase', 'stage name', 'journey stage'] },
  { field: 'layer', header: 'Service layer', aliases: ['layer'] },
  { field: 'what', header: 'What happens', aliases: ['action', 'step', 'description', 'activity'] },
  { field: 'owner', header: 'Responsible person or team', aliases: ['owner', 'team', 'responsible'] },
  { field: 'minutes', header: 'Time in minutes', aliases: ['minutes'] },
  { field: 'evidence', header: 'Evidence status', aliases: ['basis'] },
  { field: 'note', header: 'Evidence note', aliases: ['note', 'notes'] },
];

/** The five service layers, in the order their lanes stand on the map, with the words Blueprint Signal accepts for each. */
const LAYERS: readonly { readonly title: string; readonly kind: LaneKind; readonly words: readonly string[] }[] = [
  { title: 'Customer actions', kind: 'journey', words: ['customer actions', 'customer'] },
  { title: 'Physical / digital evidence', kind: 'context', words: ['physical / digital evidence', 'evidence'] },
  { title: 'Visible staff / technology', kind: 'process', words: ['visible staff / technology', 'frontstage', 'front stage', 'visible'] },
  { title: 'Backstage actions', kind: 'process', words: ['backstage actions', 'backstage'] },
  { title: 'Support processes', kind: 'process', words: ['support processes', 'support'] },
];

const layerOf = (cell: Cell): (typeof LAYERS)[number] => {
  const text = headerKey(textOf(cell));
  const layer = LAYERS.find((candidate) => candidate.words.includes(text));
  if (!layer) throw new CellError(`${quoted(cell)} is not a service layer: use ${LAYERS.map((candidate) => candidate.title).join(', ')}.`);
  return layer;
};

/** Whether a sheet is Blueprint Signal's process list: it has a Service layer column and no Lane column. */
export function isBlueprintSignal(table: SheetTable): boolean {
  const header = table.rows.find((row) => row.some((cell) => cell !== null && textOf(cell).trim() !== ''));
  const keys = new Set((header ?? []).map((cell) => headerKey(textOf(cell))));
  return keys.has('service layer') && !keys.has('lane');
}

/** The process list as rows of Outside-In's own layout, with its evidence notes named as findings (a step has no place for them). */
export function blueprintSignalSteps(table: SheetTable): { ok: true; rows: ReadRowsOk<StepField>; findings: readonly Problem[] } | { ok: false; problems: readonly Problem[] } {
  const read = readRows(table, COLUMNS);
  if (!read.ok) return read;
  const { headers } = read;
  const problems: Problem[] = [];
  const items: { row: SheetRow<BlueprintField>; stage: string; layer: (typeof LAYERS)[number]; minutes: number | undefined }[] = [];
  for (const row of read.rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    for (const required of ['stage', 'layer', 'what'] as const) {
      if (row.cells[required] === undefined) problems.push(cellProblem(row.number, headers.get(required) ?? COLUMNS.find((column) => column.field === required)!.header, 'empty; Blueprint Signal needs it on every row.'));
    }
    const layer = field(row, 'layer', headers, problems, layerOf);
    const minutes = field(row, 'minutes', headers, problems, (cell) => numberBetween(cell, 0, Number.MAX_SAFE_INTEGER));
    if (layer && row.cells.stage !== undefined) items.push({ row, stage: textOf(row.cells.stage), layer, minutes });
  }
  if (problems.length > 0) return { ok: false, problems };

  // Each stage is as wide as its busiest layer; stages follow their first appearance.
  const stages = [...new Set(items.map((item) => item.stage))];
  const widths = new Map<string, number>();
  const place = new Map<(typeof items)[number], number>();
  for (const stage of stages) {
    const counts = new Map<string, number>();
    for (const item of items.filter((candidate) => candidate.stage === stage)) {
      const index = counts.get(item.layer.title) ?? 0;
      counts.set(item.layer.title, index + 1);
      place.set(item, index);
    }
    widths.set(stage, Math.max(...counts.values()));
  }
  const starts = new Map<string, number>();
  stages.reduce((start, stage) => (starts.set(stage, start), start + widths.get(stage)!), 0);

  const notes = items.filter((item) => item.row.cells.note !== undefined).map((item) => item.row.number);
  const findings: Problem[] = [...read.findings];
  if (notes.length > 0) findings.push({ path: '$', message: `Blueprint Signal's evidence notes have no place on a step and were left out (rows ${notes.slice(0, 10).join(', ')}${notes.length > 10 ? ', …' : ''}).` });
  const ordered = [...items].sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer));
  const rows: SheetRow<StepField>[] = ordered.map((item) => ({
    number: item.row.number,
    cells: {
      stage: item.stage,
      lane: item.layer.title,
      laneKind: item.layer.kind,
      column: starts.get(item.stage)! + place.get(item)! + 1,
      title: textField(item.row, 'what') ?? '',
      ...(item.row.cells.owner !== undefined ? { owner: item.row.cells.owner } : {}),
      ...(item.minutes !== undefined ? { duration: `${item.minutes} min` } : {}),
      ...(item.row.cells.evidence !== undefined ? { evidence: item.row.cells.evidence } : {}),
    },
  }));
  const renamed = new Map<StepField, string>([
    ['stage', headers.get('stage') ?? 'Stage'],
    ['lane', headers.get('layer') ?? 'Service layer'],
    ['laneKind', headers.get('layer') ?? 'Service layer'],
    ['column', headers.get('stage') ?? 'Stage'],
    ['title', headers.get('what') ?? 'What happens'],
    ['owner', headers.get('owner') ?? 'Responsible person or team'],
    ['duration', headers.get('minutes') ?? 'Time in minutes'],
    ['evidence', headers.get('evidence') ?? 'Evidence status'],
  ]);
  return { ok: true, rows: { ok: true, rows, headers: renamed, findings: [] }, findings };
}
