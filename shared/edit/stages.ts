import type { JourneyMap, Stage } from '../model/journeyMap';
import { toColumn } from './columns';
import { newId } from './ids';

/** A new stage over the columns `fromColumn` … `toColumn` (inclusive; given the wrong way round, they are swapped). */
export interface NewStage {
  readonly fromColumn: number;
  readonly toColumn: number;
  /** Default empty. */
  readonly title?: string;
}

/** The inspector's edit of a stage. */
export interface StagePatch {
  readonly title?: string;
  readonly fromColumn?: number;
  readonly toColumn?: number;
}

/** Adds a stage after the existing ones. Columns are clamped to whole numbers ≥ 0. */
export function addStage(map: JourneyMap, { fromColumn, toColumn: to, title }: NewStage): { map: JourneyMap; stageId: string } {
  const from = toColumn(fromColumn) ?? 0;
  const until = toColumn(to) ?? from;
  const stage: Stage = {
    id: newId(map, 'stage'),
    title: typeof title === 'string' ? title : '',
    fromColumn: Math.min(from, until),
    toColumn: Math.max(from, until),
  };
  return { map: { ...map, stages: [...map.stages, stage] }, stageId: stage.id };
}

/**
 * Renames a stage or moves its ends. Columns are clamped to whole numbers ≥ 0. When one end is
 * moved past the other, the other follows and the stage covers that single column: the end the
 * person moved is where they put it. Both ends given the wrong way round are swapped.
 */
export function updateStage(map: JourneyMap, stageId: string, patch: StagePatch): JourneyMap {
  const index = map.stages.findIndex((stage) => stage.id === stageId);
  if (index < 0) return map;
  const stage = map.stages[index]!;
  const newFrom = patch.fromColumn === undefined ? null : toColumn(patch.fromColumn);
  const newTo = patch.toColumn === undefined ? null : toColumn(patch.toColumn);
  let from = newFrom ?? stage.fromColumn;
  let to = newTo ?? stage.toColumn;
  if (from > to) {
    if (newFrom !== null && newTo !== null) [from, to] = [to, from];
    else if (newFrom !== null) to = from;
    else from = to;
  }
  const title = typeof patch.title === 'string' ? patch.title : stage.title;
  if (from === stage.fromColumn && to === stage.toColumn && title === stage.title) return map;
  const stages = [...map.stages];
  stages[index] = { ...stage, title, fromColumn: from, toColumn: to };
  return { ...map, stages };
}

/** Deletes a stage; the steps under it stay. */
export function deleteStage(map: JourneyMap, stageId: string): JourneyMap {
  const stages = map.stages.filter((stage) => stage.id !== stageId);
  return stages.length === map.stages.length ? map : { ...map, stages };
}
