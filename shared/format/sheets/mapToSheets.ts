import type { JourneyMap, Lane, Stage, Step } from '../../model/journeyMap';
import { DETAIL_COLUMNS, DETAIL_KINDS, STEP_COLUMNS, type DetailField, type StepField } from './sheetColumns';
import { SHEET_NAMES, type Cell, type MapSheets } from './sheetTable';

// A map as two sheets (README, Spreadsheets): one row per step, grouped by lane in lane order; a
// lane without steps is one row of its own, so it comes back. The second sheet holds the map's
// title, its stages with their columns, personas and opportunities, with their ids, so a round
// trip gives the same map. Columns count from 1 in a sheet, as on screen.

const lines = (list: readonly string[] | undefined): Cell => (list && list.length > 0 ? list.join('\n') : null);
const tick = (value: boolean | undefined): Cell => (value === undefined ? null : value ? 'yes' : 'no');
const optional = <T extends Cell>(value: T | undefined): Cell => value ?? null;

/** The stage a step belongs to: the first whose columns hold the step's first column. */
const stageOf = (stages: readonly Stage[], step: Step): Stage | undefined => stages.find((stage) => stage.fromColumn <= step.column && step.column <= stage.toColumn);

function stepRow(map: JourneyMap, lane: Lane, step: Step | null): Record<StepField, Cell> {
  const persona = lane.personaId === undefined ? undefined : map.personas?.find((candidate) => candidate.id === lane.personaId);
  const laneCells = { lane: lane.title, laneKind: lane.kind, persona: persona?.name ?? null, laneOwner: optional(lane.owner), laneId: lane.id };
  const none = { stage: null, column: null, span: null, title: null, emotion: null, momentThatMatters: null, painPoints: null, channels: null, evidence: null, customersPerMonth: null, satisfaction: null, duration: null, owner: null, system: null, stepId: null };
  if (step === null) return { ...none, ...laneCells };
  return {
    ...laneCells,
    stage: stageOf(map.stages, step)?.title ?? null,
    column: step.column + 1,
    span: step.span,
    title: step.title,
    emotion: optional(step.emotion),
    momentThatMatters: tick(step.momentThatMatters),
    painPoints: lines(step.painPoints),
    channels: lines(step.channels),
    evidence: optional(step.evidence),
    customersPerMonth: optional(step.data?.customersPerMonth),
    satisfaction: optional(step.data?.satisfaction),
    // One Duration column: a journey step's is the customer's time (data), any other the work's.
    duration: optional(lane.kind === 'journey' ? step.data?.duration : step.duration),
    owner: optional(step.owner),
    system: optional(step.system),
    stepId: step.id,
  };
}

function detailRows(map: JourneyMap): Record<DetailField, Cell>[] {
  const blank: Record<DetailField, Cell> = { kind: null, id: null, name: null, description: null, goals: null, frustrations: null, colour: null, status: null, owner: null, due: null, about: null, stepId: null, fromColumn: null, toColumn: null, client: null, author: null };
  return [
    { ...blank, kind: DETAIL_KINDS.map, id: map.id, name: map.title, client: optional(map.client), author: optional(map.author) },
    ...map.stages.map((stage) => ({ ...blank, kind: DETAIL_KINDS.stage, id: stage.id, name: stage.title, fromColumn: stage.fromColumn + 1, toColumn: stage.toColumn + 1 })),
    ...(map.personas ?? []).map((persona) => ({
      ...blank,
      kind: DETAIL_KINDS.persona,
      id: persona.id,
      name: persona.name,
      description: optional(persona.description),
      goals: lines(persona.goals),
      frustrations: lines(persona.frustrations),
      colour: optional(persona.colour),
    })),
    ...(map.opportunities ?? []).map((opportunity) => ({
      ...blank,
      kind: DETAIL_KINDS.opportunity,
      id: opportunity.id,
      name: opportunity.title,
      description: optional(opportunity.description),
      status: opportunity.status,
      owner: optional(opportunity.owner),
      due: optional(opportunity.due),
      about: optional(opportunity.target?.kind),
      stepId: optional(opportunity.target?.stepId),
    })),
  ];
}

/** The map as its two sheets, headers first. */
export function mapToSheets(map: JourneyMap): MapSheets {
  const rows: Record<StepField, Cell>[] = [];
  for (const lane of map.lanes) {
    const steps = map.steps.filter((step) => step.laneId === lane.id);
    if (steps.length === 0) rows.push(stepRow(map, lane, null));
    for (const step of steps) rows.push(stepRow(map, lane, step));
  }
  return {
    steps: { name: SHEET_NAMES.steps, rows: [STEP_COLUMNS.map((column) => column.header), ...rows.map((row) => STEP_COLUMNS.map((column) => row[column.field]))] },
    details: { name: SHEET_NAMES.details, rows: [DETAIL_COLUMNS.map((column) => column.header), ...detailRows(map).map((row) => DETAIL_COLUMNS.map((column) => row[column.field]))] },
  };
}
