import { LANE_KINDS, type JourneyMap, type Lane, type LaneKind, type Stage, type Step } from '../../model/journeyMap';
import { LAST_COLUMN, MAP_LIMITS, limitWords } from '../../model/limits';
import type { Persona } from '../../model/persona';
import { parse } from '../parse';
import type { Problem } from '../problem';
import { serialise } from '../serialise';
import { blueprintSignalSteps, isBlueprintSignal } from './blueprintSignal';
import { CellError, countOf, emotionOf, evidenceOf, listOf, numberBetween, quoted, textOf, tickOf, wholeNumber } from './cellValues';
import { idMaker } from './idMaker';
import { defined, detailIds, readDetails, type SheetDetails } from './readDetails';
import { MAX_PROBLEMS, cellProblem, field, readRows, textField, type ReadRowsOk, type SheetRow } from './readRows';
import { DETAIL_COLUMNS, STEP_COLUMNS, type StepField } from './sheetColumns';
import type { Cell, MapSheets } from './sheetTable';

/** A map made from sheets, with what was read past; or the refusals, each naming its row and column. */
export type SheetImport = { readonly ok: true; readonly map: JourneyMap; readonly findings: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

interface LaneDraft {
  lane: Lane;
  /** The row that made the lane, for a message about a later row that disagrees. */
  readonly row: number;
  /** Where the lane's next step without a column goes: after its last one. */
  nextColumn: number;
}

const laneKindOf = (cell: Cell): LaneKind => {
  const kind = LANE_KINDS.find((candidate) => candidate === textOf(cell).trim().toLowerCase());
  if (!kind) throw new CellError(`${quoted(cell)} is not a lane kind: use ${LANE_KINDS.join(', ')}.`);
  return kind;
};

const columnOf = (cell: Cell): number => {
  const value = wholeNumber(cell, 1, 'columns');
  if (value - 1 > LAST_COLUMN) throw new CellError(`${quoted(cell)} is past column ${limitWords(MAP_LIMITS.columns)}, the last a map may have.`);
  return value - 1;
};

/** The fields of a row that belong to a step rather than its lane: a row with none of them only names a lane. */
const STEP_FIELDS: readonly StepField[] = ['column', 'span', 'title', 'emotion', 'momentThatMatters', 'painPoints', 'channels', 'evidence', 'customersPerMonth', 'satisfaction', 'duration', 'owner', 'system', 'stepId'];

/**
 * Makes a map from the steps sheet and, when there is one, the second sheet (README, Spreadsheets).
 * Lanes come as they first appear; a row without a column goes after the previous step of its lane;
 * stages follow the steps' Stage column unless the second sheet lists them. A cell that would lose
 * or bend data is refused with its row and column; the map is checked as any loaded map is.
 */
export function sheetsToMap(sheets: MapSheets, fileTitle: string): SheetImport {
  const findings: Problem[] = [];
  let read: ReadRowsOk<StepField>;
  if (isBlueprintSignal(sheets.steps)) {
    const blueprint = blueprintSignalSteps(sheets.steps);
    if (!blueprint.ok) return blueprint;
    read = blueprint.rows;
    findings.push(...blueprint.findings);
  } else {
    const stepRows = readRows(sheets.steps, STEP_COLUMNS);
    if (!stepRows.ok) return stepRows;
    read = stepRows;
    findings.push(...stepRows.findings);
  }
  const detailRows = sheets.details ? readRows(sheets.details, DETAIL_COLUMNS) : null;
  if (detailRows && !detailRows.ok) return detailRows;

  const given = [...read.rows.flatMap((row) => [textField(row, 'stepId'), textField(row, 'laneId')]), ...(detailRows ? detailIds(detailRows.rows) : [])];
  const newId = idMaker(given.flatMap((id) => (id === undefined || id.trim() === '' ? [] : [id.trim()])));
  let details: SheetDetails = { stages: null, personas: [], opportunities: [], findings: [] };
  if (detailRows) {
    const readBack = readDetails(detailRows, newId);
    if (!readBack.ok) return readBack;
    details = readBack.details;
    findings.push(...details.findings);
  }
  const built = buildMap(read, details, newId, fileTitle);
  if (!built.ok) return built;
  findings.push(...built.findings);
  // The same checks as a map file gets (ids, references, limits), so nothing opens that could not be saved.
  const checked = parse(serialise(built.map));
  if (!checked.ok) return { ok: false, problems: checked.problems.map((problem) => ({ path: '$', message: `The sheet makes a map Outside-In cannot hold (${problem.path}): ${problem.message}` })) };
  return { ok: true, map: checked.value, findings };
}

function buildMap(read: ReadRowsOk<StepField>, details: SheetDetails, newId: (prefix: string) => string, fileTitle: string): SheetImport {
  const { headers } = read;
  const problems: Problem[] = [];
  const lanes: LaneDraft[] = [];
  const byId = new Map<string, LaneDraft>();
  const byTitle = new Map<string, LaneDraft>();
  const personas: Persona[] = [...details.personas];
  const steps: Step[] = [];
  const stepRowOf = new Map<string, number>();
  const derivedStages = new Map<string, { from: number; to: number }>();
  let previous: LaneDraft | null = null;

  const laneFor = (row: SheetRow<StepField>): LaneDraft | null => {
    const id = textField(row, 'laneId')?.trim() || undefined;
    const title = textField(row, 'lane');
    const known = (id !== undefined ? byId.get(id) : undefined) ?? (id === undefined && title !== undefined ? byTitle.get(title) : undefined) ?? (id === undefined && title === undefined ? previous : null);
    const kind = field(row, 'laneKind', headers, problems, laneKindOf);
    if (known) {
      if (kind !== undefined && kind !== known.lane.kind) problems.push(cellProblem(row.number, headers.get('laneKind')!, `"${kind}" differs from "${known.lane.kind}", the kind row ${known.row} gives the lane "${known.lane.title}".`));
      return known;
    }
    if (lanes.length >= MAP_LIMITS.lanes) {
      problems.push({ path: '$', message: `Row ${row.number} starts lane ${limitWords(lanes.length + 1)}; a map holds at most ${limitWords(MAP_LIMITS.lanes)} lanes.` });
      return null;
    }
    const personaName = textField(row, 'persona');
    let personaId: string | undefined;
    if (personaName !== undefined) {
      let persona = personas.find((candidate) => candidate.name === personaName);
      if (!persona) personas.push((persona = { id: newId('persona'), name: personaName }));
      personaId = persona.id;
    }
    const lane: Lane = { id: id ?? newId('lane'), kind: kind ?? (lanes.length === 0 ? 'journey' : 'process'), title: title ?? (id !== undefined ? '' : lanes.length === 0 ? 'Customer' : `Lane ${lanes.length + 1}`), ...defined({ personaId, owner: textField(row, 'laneOwner') }) };
    const draft: LaneDraft = { lane, row: row.number, nextColumn: 0 };
    lanes.push(draft);
    byId.set(lane.id, draft);
    if (!byTitle.has(lane.title)) byTitle.set(lane.title, draft);
    return draft;
  };

  for (const row of read.rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    const draft = laneFor(row);
    if (!draft) continue;
    previous = draft;
    if (!STEP_FIELDS.some((name) => row.cells[name] !== undefined)) continue;
    const givenColumn = field(row, 'column', headers, problems, columnOf);
    const column = givenColumn ?? draft.nextColumn;
    const span = field(row, 'span', headers, problems, (cell) => wholeNumber(cell, 1, 'spans')) ?? 1;
    if (column + span - 1 > LAST_COLUMN) {
      problems.push(cellProblem(row.number, headers.get(givenColumn === undefined ? 'span' : 'column') ?? 'Column', `the step would reach past column ${limitWords(MAP_LIMITS.columns)}, the last a map may have.`));
      continue;
    }
    const title = textField(row, 'title') ?? '';
    if (title.length > MAP_LIMITS.titleLength) problems.push(cellProblem(row.number, headers.get('title')!, `the title has ${limitWords(title.length)} characters; a title holds at most ${limitWords(MAP_LIMITS.titleLength)}.`));
    const id = textField(row, 'stepId')?.trim() || newId('step');
    const earlier = stepRowOf.get(id) ?? (byId.has(id) ? byId.get(id)!.row : undefined);
    if (earlier !== undefined) problems.push(cellProblem(row.number, headers.get('stepId') ?? 'Step id', `"${id}" is already the id of row ${earlier}.`));
    stepRowOf.set(id, row.number);
    draft.nextColumn = column + span;
    const journey = draft.lane.kind === 'journey';
    const list = (name: 'painPoints' | 'channels'): string[] | undefined => {
      const entries = field(row, name, headers, problems, listOf);
      if (entries && entries.length > MAP_LIMITS.listEntries) problems.push(cellProblem(row.number, headers.get(name)!, `${limitWords(entries.length)} lines; a list holds at most ${limitWords(MAP_LIMITS.listEntries)}.`));
      return entries;
    };
    const duration = textField(row, 'duration');
    const data = defined({
      customersPerMonth: field(row, 'customersPerMonth', headers, problems, countOf),
      satisfaction: field(row, 'satisfaction', headers, problems, (cell) => numberBetween(cell, 0, 10)),
      duration: journey ? duration : undefined,
    });
    steps.push({
      id,
      laneId: draft.lane.id,
      title,
      column,
      span,
      ...defined({
        emotion: field(row, 'emotion', headers, problems, emotionOf),
        momentThatMatters: field(row, 'momentThatMatters', headers, problems, tickOf),
        painPoints: list('painPoints'),
        channels: list('channels'),
        evidence: field(row, 'evidence', headers, problems, evidenceOf),
        data: Object.keys(data).length > 0 ? data : undefined,
        owner: textField(row, 'owner'),
        system: textField(row, 'system'),
        duration: journey ? undefined : duration,
      }),
    });
    const stage = textField(row, 'stage');
    if (stage !== undefined && stage.trim() !== '') {
      const range = derivedStages.get(stage);
      derivedStages.set(stage, range ? { from: Math.min(range.from, column), to: Math.max(range.to, column + span - 1) } : { from: column, to: column + span - 1 });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const stageFindings: Problem[] = [];
  const stages: Stage[] = details.stages ? [...details.stages] : [...derivedStages].map(([title, range]) => ({ id: newId('stage'), title, fromColumn: range.from, toColumn: range.to }));
  if (!details.stages) {
    stages.sort((a, b) => a.fromColumn - b.fromColumn);
    stages.forEach((stage, index) => {
      const next = stages[index + 1];
      if (next && next.fromColumn <= stage.toColumn) stageFindings.push({ path: '$', message: `The stages "${stage.title}" and "${next.title}" share columns: their steps' columns overlap.` });
    });
  }
  const stepIds = new Set(steps.map((step) => step.id));
  const opportunities = details.opportunities.map((opportunity) => {
    if (!opportunity.target || stepIds.has(opportunity.target.stepId)) return opportunity;
    stageFindings.push({ path: '$', message: `The opportunity "${opportunity.title}" is about the step "${opportunity.target.stepId}", which no row has; it is kept without one.` });
    const { target, ...rest } = opportunity;
    void target;
    return rest;
  });
  const map: JourneyMap = {
    id: details.mapId ?? newId('map'),
    title: details.title ?? fileTitle,
    ...defined({ client: details.client, author: details.author }),
    ...(personas.length > 0 ? { personas } : {}),
    ...(opportunities.length > 0 ? { opportunities } : {}),
    stages,
    lanes: lanes.map((draft) => draft.lane),
    steps,
  };
  return { ok: true, map, findings: stageFindings };
}
