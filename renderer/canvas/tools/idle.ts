import type { CommandId } from '../../../shared/commands/commandIds';
import type { CanvasHit, CanvasTarget } from '../../../shared/layout/hitTest';
import type { MapLayout } from '../../../shared/layout/mapLayout';
import { openVote } from '../../../shared/edit/voteTurns';
import { commit, dispatch } from '../../commands/dispatch';
import { useDocumentStore } from '../../store/documentStore';
import { stepById } from '../../store/mapIndex';
import { NOTHING_SELECTED, selectedStepIds, useSessionStore } from '../../store/sessionStore';
import { castingDot } from './castingDot';
import { draggingEmotionPoint } from './draggingEmotionPoint';
import { marquee } from './marquee';
import { movingCards } from './movingCards';
import { movingLane } from './movingLane';
import { resizingCard } from './resizingCard';
import { drawingStage, resizingStage } from './stageGestures';
import type { ToolState, ToolSurface } from './toolState';

// The canvas at rest: what a press, a double-click, a right-click and the hovering pointer do,
// each decided by the one target under the pointer (shared/layout/hitTest.ts › targetAt).

const STEP_MENU: readonly CommandId[] = ['step.rename', 'selection.duplicate', 'clipboard.copy', 'clipboard.cut', 'selection.delete'];
const LANE_MENU: readonly CommandId[] = ['step.add', 'selection.delete'];
const JOURNEY_LANE_MENU: readonly CommandId[] = ['step.add', 'lane.toggleEmotionCurve', 'selection.delete'];
const STAGE_MENU: readonly CommandId[] = ['selection.delete'];
const CANVAS_MENU: readonly CommandId[] = ['step.add', 'clipboard.paste', 'lane.addJourney', 'lane.addContext', 'lane.addProcess', 'stage.add'];

const selected = (): readonly string[] => selectedStepIds(useSessionStore.getState().selection);
const voting = (): boolean => openVote(useDocumentStore.getState().map) !== null;

/** The card whose resize grip shows: the one selected alone. */
export function gripStepId(): string | null {
  const ids = selected();
  return ids.length === 1 ? ids[0]! : null;
}

/** What a press with the primary button starts at a target; null when it only selects (or does nothing). */
export function pressAt(hit: CanvasHit, layout: MapLayout, shiftKey: boolean, surface: ToolSurface): ToolState | null {
  const { target, at } = hit;
  // While the room votes, a card is clicked to place a dot on it, not moved or resized.
  if ((target.kind === 'step' || target.kind === 'resizeGrip') && voting()) {
    commit({ selection: { kind: 'steps', stepIds: [target.step.stepId] } });
    return castingDot(target.step.stepId);
  }
  switch (target.kind) {
    case 'resizeGrip':
      return resizingCard(target.step);
    case 'emotionPoint':
      commit({ selection: { kind: 'steps', stepIds: [target.point.stepId] } });
      return draggingEmotionPoint(target.curve, target.point, at.y);
    case 'step': {
      const ids = selected();
      const { stepId } = target.step;
      if (shiftKey) {
        const next = ids.includes(stepId) ? ids.filter((id) => id !== stepId) : [...ids, stepId];
        commit({ selection: next.length > 0 ? { kind: 'steps', stepIds: next } : NOTHING_SELECTED });
        return null;
      }
      const wasSelected = ids.includes(stepId);
      if (!wasSelected) commit({ selection: { kind: 'steps', stepIds: [stepId] } });
      return movingCards(surface, layout.steps, target.step, wasSelected ? ids : [stepId]);
    }
    case 'emotionBand':
    case 'cell':
      return marquee(at, shiftKey);
    case 'none':
      return hit.region === 'body' ? marquee(at, shiftKey) : null;
    case 'laneHeader':
      commit({ selection: { kind: 'lane', laneId: target.lane.laneId } });
      return movingLane(target.lane.laneId);
    case 'stageEdge':
      commit({ selection: { kind: 'stage', stageId: target.stage.stageId } });
      return resizingStage(target.stage, target.edge);
    case 'stage':
      commit({ selection: { kind: 'stage', stageId: target.stage.stageId } });
      return null;
    case 'stageRow':
      return drawingStage(target.column);
  }
}

/** A double-click: opens a title for typing, or adds a step in an empty cell or a stage in the empty stage row. */
export function doubleClickAt(target: CanvasTarget): void {
  switch (target.kind) {
    case 'step':
      // While the room votes, each click of the two placed a dot: no title opens under the voter.
      if (voting()) return;
      commit({ selection: { kind: 'steps', stepIds: [target.step.stepId] }, titleEdit: { kind: 'step', stepId: target.step.stepId } });
      return;
    case 'cell':
      dispatch('step.add', target.cell);
      return;
    case 'laneHeader':
      commit({ titleEdit: { kind: 'lane', laneId: target.lane.laneId } });
      return;
    case 'stage':
    case 'stageEdge':
      commit({ titleEdit: { kind: 'stage', stageId: target.stage.stageId } });
      return;
    case 'stageRow':
      dispatch('stage.add', { fromColumn: target.column, toColumn: target.column, title: '' });
      return;
    default:
      // The emotion band is a chart, not a cell: a double-click there adds nothing.
      return;
  }
}

/** The menu a right-click opens at a target, after selecting what it acts on. */
export function contextMenuAt({ target, region }: CanvasHit): { readonly commandIds: readonly CommandId[]; readonly label: string } {
  switch (target.kind) {
    case 'step':
    case 'resizeGrip':
      if (!selected().includes(target.step.stepId)) commit({ selection: { kind: 'steps', stepIds: [target.step.stepId] } });
      return { commandIds: STEP_MENU, label: 'Step actions' };
    case 'emotionBand':
    case 'emotionPoint':
      // The emotion band is its journey lane's chart: its menu is the one that hides it again.
      commit({ selection: { kind: 'lane', laneId: target.curve.laneId } });
      return { commandIds: JOURNEY_LANE_MENU, label: 'Lane actions' };
    case 'laneHeader':
      commit({ selection: { kind: 'lane', laneId: target.lane.laneId } });
      return { commandIds: target.lane.kind === 'journey' ? JOURNEY_LANE_MENU : LANE_MENU, label: 'Lane actions' };
    case 'stage':
    case 'stageEdge':
      commit({ selection: { kind: 'stage', stageId: target.stage.stageId } });
      return { commandIds: STAGE_MENU, label: 'Stage actions' };
    default:
      // On the map's empty ground the menu acts on the map, not on what was selected before.
      if (region === 'body') commit({ selection: NOTHING_SELECTED });
      return { commandIds: CANVAS_MENU, label: 'Map actions' };
  }
}

/** The whole title of what is under the pointer, for the hover text; empty over anything else. */
export function fullTitleAt(target: CanvasTarget): string {
  switch (target.kind) {
    case 'step':
    case 'resizeGrip':
      return stepById(useDocumentStore.getState().map, target.step.stepId)?.title ?? '';
    case 'laneHeader':
      return target.lane.title;
    case 'stage':
    case 'stageEdge':
      return target.stage.title;
    default:
      return '';
  }
}

/** The cursor over a target: it says what a press would do there. */
export function cursorAt(target: CanvasTarget): string {
  if ((target.kind === 'step' || target.kind === 'resizeGrip') && voting()) return 'pointer';
  switch (target.kind) {
    case 'resizeGrip':
    case 'stageEdge':
      return 'ew-resize';
    case 'emotionPoint':
      return 'ns-resize';
    case 'step':
    case 'laneHeader':
      return 'grab';
    case 'stage':
      return 'pointer';
    case 'stageRow':
      return 'crosshair';
    default:
      return '';
  }
}
