import type { JourneyMap, Lane, Step } from '../model/journeyMap';
import type { Persona } from '../model/persona';
import { LAST_COLUMN } from '../model/limits';
import { sameSource, type Source } from '../model/source';
import { beyondLimits } from './beyondLimits';
import { newIds } from './ids';
import { inScreenOrder, withLaneAtEndOfKind } from './laneOrder';
import { keepTargets } from './keepTargets';

// An imported map added to the map on screen (File ▸ Import…, "add to this map"). A lane or step
// that came from the same element of the same file before is updated in place, so importing a
// newer version of a model never duplicates it: titles, lanes and columns follow the file, new
// activities are added, and those the file no longer has are removed, the ones the person gave
// something of their own only when they agree.

/** Where the imported columns go: the first imported column to `fromColumn`, the last to `toColumn`, the rest spread between in order. */
export interface ImportPin {
  readonly fromColumn: number;
  readonly toColumn: number;
}

/** The map with the import added, or why it cannot be. */
export type ImportedInto =
  | {
      readonly ok: true;
      readonly map: JourneyMap;
      /** Steps an earlier import made that the file no longer has, which the person has given something of their own (left in place unless `removeEdited`). */
      readonly editedGone: readonly Step[];
      /** How many steps were updated, added and removed. */
      readonly updated: number;
      readonly added: number;
      readonly removed: number;
    }
  | { readonly ok: false; readonly message: string };

// The fields an import writes: a step with anything else has been worked on by a person.
const IMPORTED_FIELDS = new Set(['id', 'laneId', 'title', 'column', 'span', 'source']);

/** Whether a step carries something a person gave it (a pain point, an emotion, an owner…) or something points at it (an opportunity, a dot). */
export function isEdited(map: JourneyMap, step: Step): boolean {
  if (Object.keys(step).some((key) => !IMPORTED_FIELDS.has(key) && (step as unknown as Record<string, unknown>)[key] !== undefined)) return true;
  if ((map.opportunities ?? []).some((opportunity) => opportunity.target?.stepId === step.id)) return true;
  return (map.votes ?? []).some((vote) => vote.dots.some((dot) => 'stepId' in dot.target && dot.target.stepId === step.id));
}

/** A lane without the persona it names (the import's persona ids mean nothing in this map). */
function withoutPersona(lane: Lane): Omit<Lane, 'personaId'> {
  const { personaId, ...rest } = lane;
  void personaId;
  return rest;
}

/** The columns of the import, moved where the pin says (or by `shift`). */
function placeColumns(imported: readonly Step[], pin: ImportPin | null, shift: number): (column: number) => number {
  const columns = imported.map((step) => step.column);
  const [first, last] = [Math.min(...columns), Math.max(...columns)];
  if (!pin) return (column) => column + shift;
  const from = Math.min(pin.fromColumn, pin.toColumn);
  const to = Math.max(pin.fromColumn, pin.toColumn);
  return (column) => (last === first ? from : from + Math.round(((column - first) * (to - from)) / (last - first)));
}

/**
 * Adds `imported` (a map an importer made, its lanes and steps carrying their source) to `map`.
 * With `removeEdited` false, steps of an earlier import that the file no longer has and that the
 * person has edited stay, listed in `editedGone`, so the caller can ask.
 */
export function importInto(map: JourneyMap, imported: JourneyMap, pin: ImportPin | null = null, removeEdited = false): ImportedInto {
  const sourced = <T extends { readonly source?: Source }>(items: readonly T[], source: Source | undefined): T | undefined =>
    source ? items.find((item) => item.source !== undefined && sameSource(item.source, source)) : undefined;
  const files = new Set([...imported.lanes, ...imported.steps].flatMap((item) => (item.source ? [`${item.source.kind}\u0000${item.source.file}`] : [])));
  const fromFile = (source: Source | undefined): boolean => source !== undefined && files.has(`${source.kind}\u0000${source.file}`);

  // Personas the import names (a sheet's Persona column, a Mermaid journey's actor) join the map,
  // or are the map's own of that name, so a new lane keeps who walks it.
  const personas: Persona[] = [...(map.personas ?? [])];
  const freshPersonaIds = newIds(map, 'persona', imported.personas?.length ?? 0);
  const personaIdOf = new Map<string, string>();
  for (const persona of imported.personas ?? []) {
    const same = personas.find((candidate) => candidate.name === persona.name);
    if (!same) personas.push({ ...persona, id: freshPersonaIds.shift()! });
    personaIdOf.set(persona.id, same?.id ?? personas.at(-1)!.id);
  }

  // Lanes: the same lane again keeps its id, order and what the person gave it; a new one goes at the end of its kind.
  const freshLaneIds = newIds(map, 'lane', imported.lanes.length);
  const laneIdOf = new Map<string, string>();
  let lanes: Lane[] = [...map.lanes];
  for (const lane of imported.lanes) {
    const earlier = sourced(map.lanes, lane.source);
    if (earlier) {
      laneIdOf.set(lane.id, earlier.id);
      lanes = lanes.map((candidate) => (candidate === earlier ? { ...candidate, title: lane.title } : candidate));
    } else {
      const id = freshLaneIds.shift()!;
      laneIdOf.set(lane.id, id);
      const personaId = lane.personaId === undefined ? undefined : personaIdOf.get(lane.personaId);
      lanes = withLaneAtEndOfKind(lanes, { ...withoutPersona(lane), id, ...(personaId === undefined ? {} : { personaId }) });
    }
  }

  // Columns: pinned where asked; on a re-import without a pin, where the steps already stand.
  const matched = imported.steps.map((step) => ({ step, earlier: sourced(map.steps, step.source) })).filter((pair) => pair.earlier !== undefined);
  const anchor = matched.sort((a, b) => a.step.column - b.step.column)[0];
  const columnOf = placeColumns(imported.steps, pin, anchor ? anchor.earlier!.column - anchor.step.column : 0);

  const freshStepIds = newIds(map, 'step', imported.steps.length);
  const importedSources = imported.steps.flatMap((step) => (step.source ? [step.source] : []));
  const gone = map.steps.filter((step) => fromFile(step.source) && !importedSources.some((source) => sameSource(source, step.source!)));
  const editedGone = gone.filter((step) => isEdited(map, step));
  const removing = new Set((removeEdited ? gone : gone.filter((step) => !editedGone.includes(step))).map((step) => step.id));
  let updated = 0;
  const updates = new Map<string, Step>();
  const added: Step[] = [];
  for (const step of imported.steps) {
    const earlier = sourced(map.steps, step.source);
    const placed = { laneId: laneIdOf.get(step.laneId)!, title: step.title, column: Math.max(0, Math.min(LAST_COLUMN, columnOf(step.column))) };
    if (earlier) {
      updates.set(earlier.id, { ...earlier, ...placed, span: Math.min(earlier.span, LAST_COLUMN - placed.column + 1) });
      updated++;
    } else added.push({ ...step, ...placed, id: freshStepIds.shift()! });
  }
  const steps = [...map.steps.filter((step) => !removing.has(step.id)).map((step) => updates.get(step.id) ?? step), ...added];

  // A lane an earlier import made that the file no longer has goes once nothing is left in it.
  const holding = new Set(steps.map((step) => step.laneId));
  const importedLaneSources = imported.lanes.flatMap((lane) => (lane.source ? [lane.source] : []));
  lanes = lanes.filter((lane) => !fromFile(lane.source) || holding.has(lane.id) || importedLaneSources.some((source) => sameSource(source, lane.source!)));
  const next = keepTargets({ ...map, ...(personas.length > 0 ? { personas } : {}), lanes: [...inScreenOrder(lanes)], steps });
  const beyond = beyondLimits(next);
  if (beyond) return { ok: false, message: `The import does not fit into this map. ${beyond}` };
  return { ok: true, map: next, editedGone: removeEdited ? [] : editedGone, updated, added: added.length, removed: removing.size };
}
