import { removeEmptyColumn } from '../../shared/edit/removeEmptyColumn';
import { deleteSteps } from '../../shared/edit/steps';
import type { JourneyMap } from '../../shared/model/journeyMap';
import type { FreshStep } from '../store/sessionStore';
import { lastEntryStartedFrom, takeBackLastEntry, useDocumentStore } from '../store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../store/sessionStore';
import { commit } from '../commands/dispatch';

/**
 * The map without a fresh step, with the column its adding inserted closed again: deleting the step
 * an insertion made leaves no empty column in every lane.
 */
export function withoutFreshStep(map: JourneyMap, fresh: FreshStep): JourneyMap {
  const step = map.steps.find((candidate) => candidate.id === fresh.stepId);
  if (!step) return map;
  const without = deleteSteps(map, [step.id]);
  return fresh.opened ? removeEmptyColumn(without, step.column) : without;
}

/**
 * The user left a step (its title field on the canvas or in the outline). A step just added and
 * left without a title goes again: while nothing else was recorded since it was added (its naming
 * joins that entry), the adding is taken back as if it never happened; otherwise it is deleted with
 * the column it opened, as one undo step. Whether it went.
 */
export function leaveFreshStep(stepId: string): boolean {
  const session = useSessionStore.getState();
  const fresh = session.freshStep;
  if (!fresh || fresh.stepId !== stepId) return false;
  session.setFreshStep(null);
  const { map } = useDocumentStore.getState();
  const step = map.steps.find((candidate) => candidate.id === stepId);
  if (!step || step.title.trim() !== '') return false;
  const selected = session.selection.kind === 'steps' && session.selection.stepIds.includes(stepId);
  if (lastEntryStartedFrom(fresh.before)) takeBackLastEntry();
  else commit({ map: withoutFreshStep(map, fresh) });
  if (selected) commit({ selection: NOTHING_SELECTED });
  return true;
}
